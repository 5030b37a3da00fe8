using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Prosecution;

/// <summary>
/// The police have charged a person.
/// <para>Sender: police. Recipients: CPS, courts (fast tracking of PPOs through the courts,
/// PPO Strategy Initial Guidance 2004 §58; clear identification of PPO papers,
/// PPO Strategy Initial Guidance 2004, Annex D §17) and probation (bail information,
/// PPO Strategy Initial Guidance 2004, Annex D).</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Charges"/>.</para>
/// </summary>
[MessageContract("offender-charged", 1,
    Senders = [Agency.Police],
    Recipients = [Agency.Cps, Agency.Courts, Agency.Probation],
    Purpose = "prosecution")]
public sealed record OffenderCharged : IAboutOffender
{
    /// <summary>Who was charged.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The police unique reference number (URN) of the case.</summary>
    [StringLength(20)]
    public required string CaseUrn { get; init; }

    /// <summary>The offences charged; at least one.</summary>
    [PersonalData, MinLength(1, ErrorMessage = "must list at least one charge")]
    public required IReadOnlyList<Charge> Charges { get; init; }

    /// <summary>True when the person is kept in police custody to appear before the court; false when bailed.</summary>
    public required bool HeldForCourt { get; init; }

    /// <summary>When the person was charged.</summary>
    public required DateTimeOffset ChargedAt { get; init; }
}
