using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Selection;

namespace AgencyHub.Contracts.Probation;

/// <summary>
/// Probation has allocated an offender manager to a PPO (police and probation manage PPOs in partnership,
/// PPO Strategy Initial Guidance 2004, Annex E; PPO Strategy Supplementary Annex 2004 §24).
/// <para>Sender: probation. Recipients: police, prison.</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="OffenderManager"/>.</para>
/// </summary>
[MessageContract("offender-manager-allocated", 1,
    Senders = [Agency.Probation],
    Recipients = [Agency.Police, Agency.Prison],
    Purpose = "offender-management")]
public sealed record OffenderManagerAllocated : IAboutOffender
{
    /// <summary>The person, including the probation case reference (CRN).</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>How partners reach the offender manager.</summary>
    [PersonalData]
    public required OfficerContact OffenderManager { get; init; }

    /// <summary>When the offender manager was allocated.</summary>
    public required DateTimeOffset AllocatedAt { get; init; }
}
