using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Courts;

/// <summary>
/// Court administration has checked whether a PPO trial is ready ("PPO trial cases will be monitored by CPS and
/// the Court administration to ensure trial readiness", PPO Strategy Initial Guidance 2004, Annex D).
/// <para>Sender: courts. Recipients: police, CPS.</para>
/// <para>The hub counts the check towards premium-service adherence (Joint Inspection Report 2004 §8.14).</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Issues"/>.</para>
/// </summary>
[MessageContract("trial-readiness-reported", 1,
    Senders = [Agency.Courts],
    Recipients = [Agency.Police, Agency.Cps],
    Purpose = "court-case-management")]
public sealed record TrialReadinessReported : IAboutOffender
{
    /// <summary>The defendant.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The police unique reference number (URN) of the case.</summary>
    [StringLength(20)]
    public required string CaseUrn { get; init; }

    /// <summary>The day the trial is listed for.</summary>
    public required DateOnly TrialDate { get; init; }

    /// <summary>True when the trial is ready to go ahead.</summary>
    public required bool Ready { get; init; }

    /// <summary>What is outstanding when the trial is not ready, e.g. a witness statement or disclosure.</summary>
    [PersonalData, StringLength(1000)]
    public string? Issues { get; init; }

    /// <summary>When the readiness check was made.</summary>
    public required DateTimeOffset CheckedAt { get; init; }
}
