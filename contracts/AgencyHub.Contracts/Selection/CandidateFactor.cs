using System.ComponentModel.DataAnnotations;

namespace AgencyHub.Contracts.Selection;

/// <summary>A factor the selection matrix scores, with the record it comes from
/// (PPO Strategy Initial Guidance 2004, Annex C §13: nothing anecdotal).</summary>
public sealed record CandidateFactor
{
    /// <summary>The factor.</summary>
    public required SelectionFactor Factor { get; init; }

    /// <summary>The record it comes from, e.g. a drug test reference, an OASys assessment date, the CDRP priority list.</summary>
    [StringLength(200)]
    public required string Source { get; init; }
}
