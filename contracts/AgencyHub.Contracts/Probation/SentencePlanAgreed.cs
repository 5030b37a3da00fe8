using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Probation;

/// <summary>
/// Probation has agreed a sentence plan for a PPO (PPO Strategy Supplementary Annex 2004 §27: intervention planning
/// communicated rapidly to establishments; PPO Strategy Initial Guidance 2004 §58: PPOs prioritised for interventions
/// in sentence plans; Offender Management Update 2009, Paper 2). Carries no plan content, only its reference and dates.
/// <para>Sender: probation. Recipients: prison.</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("sentence-plan-agreed", 1,
    Senders = [Agency.Probation],
    Recipients = [Agency.Prison],
    Purpose = "offender-management")]
public sealed record SentencePlanAgreed : IAboutOffender
{
    /// <summary>Whose plan it is.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The plan's reference in probation's system, e.g. in OASys.</summary>
    [StringLength(40)]
    public required string PlanReference { get; init; }

    /// <summary>The day the plan is next due for review, if set.</summary>
    public DateOnly? ReviewDate { get; init; }

    /// <summary>When the plan was agreed.</summary>
    public required DateTimeOffset AgreedAt { get; init; }
}
