using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Prosecution;

/// <summary>
/// The police propose to take no further action on a PPO case and consult the CPS first ("Police will consult CPS
/// before taking No Further Action on PPO cases", PPO Strategy Initial Guidance 2004, Annex D).
/// <para>Sender: police. Recipients: CPS, which answers with a <see cref="NfaConsultationAnswered"/>.</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Reason"/>.</para>
/// </summary>
[MessageContract("nfa-consultation-requested", 1,
    Senders = [Agency.Police],
    Recipients = [Agency.Cps],
    Purpose = "prosecution")]
public sealed record NfaConsultationRequested : IAboutOffender
{
    /// <summary>The suspect.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The police unique reference number (URN) of the case.</summary>
    [StringLength(20)]
    public required string CaseUrn { get; init; }

    /// <summary>Why the police propose no further action, in a sentence the prosecutor can act on.</summary>
    [PersonalData, StringLength(1000)]
    public required string Reason { get; init; }

    /// <summary>When the police consulted the CPS.</summary>
    public required DateTimeOffset RequestedAt { get; init; }
}
