using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Selection;

/// <summary>
/// A local scheme has removed a person from its PPO list on one of the six de-selection criteria
/// (Offender Management Update 2009 §5.2).
/// <para>Sender: police. Recipients: CPS, courts, prison (PPO Strategy Supplementary Annex 2004 §37: names of PPOs
/// dropped), probation and, for a juvenile, the YOT.</para>
/// <para>If the person is in custody, the holding prison also gets a <see cref="Alerts.PpoAlertWithdrawn"/>.</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Notes"/>.</para>
/// </summary>
[MessageContract("ppo-deselected", 1,
    Senders = [Agency.Police],
    Recipients = [Agency.Cps, Agency.Courts, Agency.Prison, Agency.Probation, Agency.Yot],
    Purpose = "ppo-management")]
public sealed record PpoDeselected : IAboutOffender
{
    /// <summary>Who has been de-selected.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The scheme whose list the person leaves.</summary>
    public required SchemeReference Scheme { get; init; }

    /// <summary>Which of the six criteria applies.</summary>
    public required DeselectionCriterion Criterion { get; init; }

    /// <summary>Free-text notes for partners, e.g. the MAPPA referral for high risk of harm.</summary>
    [PersonalData, StringLength(1000)]
    public string? Notes { get; init; }

    /// <summary>When the scheme made the decision.</summary>
    public required DateTimeOffset DeselectedAt { get; init; }
}
