using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Prosecution;

/// <summary>
/// The police ask the CPS for advice before charging a PPO ("Police will seek CPS advice pre-charge in PPO cases",
/// PPO Strategy Initial Guidance 2004, Annex D).
/// <para>Sender: police. Recipients: CPS, which answers with a <see cref="PreChargeAdviceGiven"/>.</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="OffenceDescription"/>.</para>
/// </summary>
[MessageContract("pre-charge-advice-requested", 1,
    Senders = [Agency.Police],
    Recipients = [Agency.Cps],
    Purpose = "prosecution")]
public sealed record PreChargeAdviceRequested : IAboutOffender
{
    /// <summary>The suspect.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The police unique reference number (URN) of the case.</summary>
    [StringLength(20)]
    public required string CaseUrn { get; init; }

    /// <summary>The offence or offences under consideration.</summary>
    [PersonalData, StringLength(1000)]
    public required string OffenceDescription { get; init; }

    /// <summary>When the police asked.</summary>
    public required DateTimeOffset RequestedAt { get; init; }
}
