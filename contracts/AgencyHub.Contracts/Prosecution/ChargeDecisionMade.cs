using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Prosecution;

/// <summary>
/// The CPS has made the charging decision on a PPO case (PPO Strategy Initial Guidance 2004, Annex D: charge reduction
/// only in exceptional circumstances).
/// <para>Sender: CPS. Recipients: police, courts.</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Charges"/>.</para>
/// </summary>
[MessageContract("charge-decision-made", 1,
    Senders = [Agency.Cps],
    Recipients = [Agency.Police, Agency.Courts],
    Purpose = "prosecution")]
public sealed record ChargeDecisionMade : IAboutOffender
{
    /// <summary>The suspect.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The police unique reference number (URN) of the case.</summary>
    [StringLength(20)]
    public required string CaseUrn { get; init; }

    /// <summary>The decision.</summary>
    public required ChargingDecision Decision { get; init; }

    /// <summary>The charges decided on, when <see cref="Decision"/> is <see cref="ChargingDecision.Charge"/>.</summary>
    [PersonalData]
    public IReadOnlyList<Charge>? Charges { get; init; }

    /// <summary>When the CPS decided.</summary>
    public required DateTimeOffset DecidedAt { get; init; }
}
