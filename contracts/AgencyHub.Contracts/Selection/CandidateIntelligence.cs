using System.ComponentModel.DataAnnotations;

namespace AgencyHub.Contracts.Selection;

/// <summary>
/// A recorded intelligence report about a candidate. The matrix scores the most recent by its age
/// (PPO Strategy Initial Guidance 2004, Annex C, Figure 3, "Current Intelligence"); the content stays in the force's
/// intelligence system.
/// </summary>
public sealed record CandidateIntelligence
{
    /// <summary>The date the report was recorded.</summary>
    public required DateOnly ReportedOn { get; init; }

    /// <summary>The report's reference in the force's intelligence system, e.g. a log number.</summary>
    [StringLength(200)]
    public required string Source { get; init; }
}
