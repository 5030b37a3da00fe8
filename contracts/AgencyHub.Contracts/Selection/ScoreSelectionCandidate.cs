using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Selection;

/// <summary>
/// A request to score a candidate PPO with the scheme's selection matrix (PPO Strategy Initial Guidance 2004, Annex C),
/// before the scheme decides to select. Every scored item carries its basis or source, so nothing anecdotal is scored
/// (Annex C §13).
/// <para>Sender: police (the scheme's BCU PPO team), through <c>POST /selection-matrix/score</c> on its adapter.
/// Recipients: none; the hub answers the sender with a <see cref="SelectionCandidateScored"/> (the total and its
/// breakdown, for the audit trail, Annex C §13) or a <see cref="SelectionCandidateRejected"/>.</para>
/// <para>The score ranks candidates; it never excludes one (Annex C §9): there is no pass mark.</para>
/// <para>Personal data: every field but <see cref="Scheme"/>.</para>
/// </summary>
[MessageContract("score-selection-candidate", 1,
    Senders = [Agency.Police],
    Recipients = [],
    Purpose = "ppo-selection",
    Route = "/selection-matrix/score")]
public sealed record ScoreSelectionCandidate : IAboutOffender, IValidatableObject
{
    /// <summary>The scheme (CDRP) whose matrix scores the candidate: each sets its own weights
    /// (PPO Strategy Initial Guidance 2004, Annex C §12).</summary>
    public required SchemeReference Scheme { get; init; }

    /// <summary>Who is being scored.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The offending scored by crime category, each with its basis and source; may be empty.</summary>
    [PersonalData]
    public required IReadOnlyList<CandidateOffence> Offences { get; init; }

    /// <summary>
    /// The total number of offences on record, for the serial-offender element; at least the sum of the
    /// <see cref="CandidateOffence.Count"/> of <see cref="Offences"/>.
    /// </summary>
    [PersonalData, Range(0, 100_000)]
    public required int OffenceCount { get; init; }

    /// <summary>The impact of the candidate's offending on the public.</summary>
    [PersonalData]
    public required PublicImpact Impact { get; init; }

    /// <summary>Other factors (dependency, victims, OASys or OGRS, CDRP priority), each with its source; each at most once.</summary>
    [PersonalData]
    public IReadOnlyList<CandidateFactor> Factors { get; init; } = [];

    /// <summary>Arrests in the twelve months before scoring, from the force's custody records.</summary>
    [PersonalData, Range(0, 1000)]
    public required int ArrestsInLast12Months { get; init; }

    /// <summary>Recorded intelligence reports; the most recent is scored by its age.</summary>
    [PersonalData]
    public IReadOnlyList<CandidateIntelligence> IntelligenceReports { get; init; } = [];

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var error in NullItems("offences", Offences).Concat(NullItems("factors", Factors)).Concat(NullItems("intelligenceReports", IntelligenceReports)))
            yield return error;
        var listed = Offences.Sum(o => (long?)o?.Count ?? 0);
        if (OffenceCount < listed)
            yield return new ValidationResult($"must be at least the {listed} offences listed in offences", ["offenceCount"]);
        var seen = new HashSet<SelectionFactor>();
        for (var i = 0; i < Factors.Count; i++)
            if (Factors[i] is { } factor && !seen.Add(factor.Factor))
                yield return new ValidationResult("is listed more than once", [$"factors[{i}].factor"]);
    }

    // The field-by-field check passes over null list items (JSON `[null]`); an item that is not there cannot be scored.
    static IEnumerable<ValidationResult> NullItems(string name, IEnumerable<object?> items) =>
        items.Select((item, i) => (item, i)).Where(x => x.item is null).Select(x => new ValidationResult("must not be null", [$"{name}[{x.i}]"]));
}
