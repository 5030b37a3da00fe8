using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Selection;

/// <summary>
/// The police have recorded an intelligence report about a PPO. Carries the date, a category and the force's
/// reference only, never the intelligence itself (PPO Strategy Supplementary Annex 2004 §55, minimum necessary).
/// <para>Sender: police. Recipients: none; consumed by the hub.</para>
/// <para>The hub restarts the person's six-month activity clock: a PPO with no arrest and no intelligence report
/// for six months is due for de-selection review (Offender Management Update 2009 §5.2, criterion 1).</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("intelligence-reported", 1,
    Senders = [Agency.Police],
    Recipients = [],
    Purpose = "ppo-management")]
public sealed record IntelligenceReported : IAboutOffender
{
    /// <summary>Whom the intelligence concerns.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The broad kind of intelligence.</summary>
    public required IntelligenceCategory Category { get; init; }

    /// <summary>The force's reference for the report in its own intelligence system, e.g. a log number.</summary>
    [StringLength(40)]
    public required string Reference { get; init; }

    /// <summary>When the report was recorded.</summary>
    public required DateTimeOffset RecordedAt { get; init; }
}
