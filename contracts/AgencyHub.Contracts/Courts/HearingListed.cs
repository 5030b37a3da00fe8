using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Courts;

/// <summary>
/// A court has listed a hearing in a PPO case (PPO Strategy Initial Guidance 2004, Annex D: earliest appropriate trial
/// date; fast tracking through the courts, PPO Strategy Initial Guidance 2004 §58).
/// <para>Sender: courts. Recipients: police, CPS, probation (bail information and reports), prison (to produce a
/// remanded or serving prisoner) and YOT (juveniles).</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("hearing-listed", 1,
    Senders = [Agency.Courts],
    Recipients = [Agency.Police, Agency.Cps, Agency.Probation, Agency.Prison, Agency.Yot],
    Purpose = "court-case-management")]
public sealed record HearingListed : IAboutOffender
{
    /// <summary>The defendant.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The police unique reference number (URN) of the case.</summary>
    [StringLength(20)]
    public required string CaseUrn { get; init; }

    /// <summary>The court's code in HMCTS listings.</summary>
    [StringLength(10)]
    public required string CourtCode { get; init; }

    /// <summary>What the hearing is for.</summary>
    public required HearingType HearingType { get; init; }

    /// <summary>The day of the hearing.</summary>
    public required DateOnly HearingDate { get; init; }

    /// <summary>When the court listed the hearing.</summary>
    public required DateTimeOffset ListedAt { get; init; }
}
