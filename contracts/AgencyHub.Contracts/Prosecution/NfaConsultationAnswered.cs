using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Prosecution;

/// <summary>
/// The CPS has answered a police consultation before no further action on a PPO case
/// (PPO Strategy Initial Guidance 2004, Annex D).
/// <para>Sender: CPS. Recipients: police.</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Notes"/>.</para>
/// </summary>
[MessageContract("nfa-consultation-answered", 1,
    Senders = [Agency.Cps],
    Recipients = [Agency.Police],
    Purpose = "prosecution")]
public sealed record NfaConsultationAnswered : IAboutOffender
{
    /// <summary>The suspect.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The police unique reference number (URN) of the case.</summary>
    [StringLength(20)]
    public required string CaseUrn { get; init; }

    /// <summary>The CPS answer.</summary>
    public required NfaResponse Response { get; init; }

    /// <summary>Free-text notes for the officer in the case, e.g. the further enquiries advised.</summary>
    [PersonalData, StringLength(1000)]
    public string? Notes { get; init; }

    /// <summary>When the CPS answered.</summary>
    public required DateTimeOffset AnsweredAt { get; init; }
}
