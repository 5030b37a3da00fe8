using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Treatment;

/// <summary>
/// An offender has given informed consent for the CJIT to share health information with named agencies for a
/// stated purpose ("with the informed consent of the offender, CJITs share minimum personal information ... with
/// prisons, probation and treatment providers", PPO Strategy Supplementary Annex 2004 §55).
/// <para>Sender: CJIT. Recipients: none; consumed by the hub.</para>
/// <para>The hub records the consent; from then on it may deliver the CJIT's health messages for
/// <see cref="Purpose"/> to the agencies in <see cref="Recipients"/>, and to no one else.</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("consent-given", 1,
    Senders = [Agency.Cjit],
    Recipients = [],
    Purpose = "drug-treatment")]
public sealed record ConsentGiven : IAboutOffender
{
    /// <summary>Who consented.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The partner agencies the offender agrees may receive the information, e.g. probation and prison.</summary>
    [MinLength(1, ErrorMessage = "must name at least one agency")]
    public required IReadOnlyList<Agency> Recipients { get; init; }

    /// <summary>The purpose the consent covers, as named in the contracts, e.g. <c>drug-treatment</c>.</summary>
    [StringLength(40)]
    public required string Purpose { get; init; }

    /// <summary>
    /// The kinds of health data the consent covers, as contract names sent by the CJIT (e.g. <c>drug-test-result</c>);
    /// absent: every CJIT message for <see cref="Purpose"/>.
    /// </summary>
    [CjitMessageTypes]
    public IReadOnlyList<string>? MessageTypes { get; init; }

    /// <summary>The last day the consent runs, if it was given for a fixed period.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>When the offender gave consent.</summary>
    public required DateTimeOffset GivenAt { get; init; }
}
