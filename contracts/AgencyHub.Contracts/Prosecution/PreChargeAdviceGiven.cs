using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Prosecution;

/// <summary>
/// The CPS has given pre-charge advice on a PPO case, in answer to a <see cref="PreChargeAdviceRequested"/>
/// (PPO Strategy Initial Guidance 2004, Annex D).
/// <para>Sender: CPS. Recipients: police.</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Charges"/>.</para>
/// </summary>
[MessageContract("pre-charge-advice-given", 1,
    Senders = [Agency.Cps],
    Recipients = [Agency.Police],
    Purpose = "prosecution")]
public sealed record PreChargeAdviceGiven : IAboutOffender
{
    /// <summary>The suspect.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The police unique reference number (URN) of the case.</summary>
    [StringLength(20)]
    public required string CaseUrn { get; init; }

    /// <summary>What the CPS advises.</summary>
    public required ChargingDecision Advice { get; init; }

    /// <summary>The charges advised, when <see cref="Advice"/> is <see cref="ChargingDecision.Charge"/>.</summary>
    [PersonalData]
    public IReadOnlyList<Charge>? Charges { get; init; }

    /// <summary>When the CPS gave the advice.</summary>
    public required DateTimeOffset AdvisedAt { get; init; }
}
