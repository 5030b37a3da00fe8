namespace AgencyHub.Contracts.Selection;

/// <summary>
/// The hub's answer to a <see cref="ScoreSelectionCandidate"/>: the candidate's total and its line-by-line breakdown,
/// the means of demonstrating transparency and part of the audit trail
/// (PPO Strategy Initial Guidance 2004, Annex C §13). The total ranks the candidate among the scheme's others; it does
/// not decide selection (Annex C §9).
/// <para>Cite <see cref="ScoreId"/> as <see cref="PpoSelected.MatrixScoreId"/> when the candidate is selected.</para>
/// </summary>
public sealed record SelectionCandidateScored
{
    /// <summary>Identifies this score.</summary>
    public required Guid ScoreId { get; init; }

    /// <summary>The code of the scheme whose matrix scored the candidate.</summary>
    public required string SchemeCode { get; init; }

    /// <summary>The sum of the lines' scores.</summary>
    public required decimal Total { get; init; }

    /// <summary>Each scored item, offences first.</summary>
    public required IReadOnlyList<MatrixScoreLine> Lines { get; init; }

    /// <summary>The version of the matrix file that scored it, as the file states.</summary>
    public required string MatrixVersion { get; init; }

    /// <summary>When the hub scored it; intelligence age is measured to this moment.</summary>
    public required DateTimeOffset ScoredAt { get; init; }
}
