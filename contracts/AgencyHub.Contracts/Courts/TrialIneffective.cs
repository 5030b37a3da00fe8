using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Courts;

/// <summary>
/// A PPO trial did not go ahead on the day it was listed ("Court administration and CPS will monitor all
/// ineffective PPO trials", PPO Strategy Initial Guidance 2004, Annex D).
/// <para>Sender: courts. Recipients: police, CPS.</para>
/// <para>The hub counts ineffective trials for premium-service adherence reports
/// (Joint Inspection Report 2004 §8.14).</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("trial-ineffective", 1,
    Senders = [Agency.Courts],
    Recipients = [Agency.Police, Agency.Cps],
    Purpose = "court-case-management")]
public sealed record TrialIneffective : IAboutOffender
{
    /// <summary>The defendant.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The police unique reference number (URN) of the case.</summary>
    [StringLength(20)]
    public required string CaseUrn { get; init; }

    /// <summary>The day the trial was listed for.</summary>
    public required DateOnly TrialDate { get; init; }

    /// <summary>Why the trial did not go ahead.</summary>
    public required IneffectiveTrialReason Reason { get; init; }

    /// <summary>The new trial date, if the court has already relisted it.</summary>
    public DateOnly? RelistedFor { get; init; }

    /// <summary>When the court recorded the trial as ineffective.</summary>
    public required DateTimeOffset RecordedAt { get; init; }
}
