using AgencyHub.Contracts.Validation;

namespace AgencyHub.Contracts.Selection;

/// <summary>
/// The hub's answer to a <see cref="ScoreSelectionCandidate"/> it cannot score, for reasons only its configuration
/// or clock know: an offence key the scheme's matrix does not list, an intelligence report dated in the future.
/// Nothing was scored.
/// </summary>
public sealed record SelectionCandidateRejected
{
    /// <summary>What is wrong, by the JSON path of the field, e.g. <c>offences[0].offence</c>.</summary>
    public required IReadOnlyList<FieldError> Errors { get; init; }

    /// <summary>The version of the matrix file that was consulted.</summary>
    public required string MatrixVersion { get; init; }
}
