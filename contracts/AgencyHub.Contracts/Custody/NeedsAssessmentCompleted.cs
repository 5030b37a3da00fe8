using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Custody;

/// <summary>
/// A prison has assessed a newly arrived prisoner's needs (Offender Management Update 2009, Paper 2: "within 24 hours
/// of arrival in prison custody a protective factor assessment of needs is carried out"). Carries no assessment
/// content, only that it was done.
/// <para>Sender: prison. Recipients: probation, which plans the sentence with the prison
/// (PPO Strategy Supplementary Annex 2004 §27).</para>
/// <para>The hub closes the needs-assessment deadline opened by <see cref="ReceptionIntoCustody"/>.</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("needs-assessment-completed", 1,
    Senders = [Agency.Prison],
    Recipients = [Agency.Probation],
    Purpose = "offender-management")]
public sealed record NeedsAssessmentCompleted : IAboutOffender
{
    /// <summary>The prisoner assessed.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The establishment that made the assessment.</summary>
    [PrisonCode]
    public required string PrisonCode { get; init; }

    /// <summary>The prison's reference for the assessment, e.g. in OASys (PPO Strategy Initial Guidance 2004 §58), so
    /// probation can ask for it.</summary>
    [StringLength(40)]
    public string? AssessmentReference { get; init; }

    /// <summary>When the assessment was completed.</summary>
    public required DateTimeOffset CompletedAt { get; init; }
}
