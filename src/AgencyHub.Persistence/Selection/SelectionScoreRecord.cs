namespace AgencyHub.Persistence.Selection;

/// <summary>
/// A candidate PPO's score on a scheme's selection matrix, kept as it was given: the matrix is part of the audit trail
/// (PPO Strategy Initial Guidance 2004, Annex C §13), and a selection quotes the score's id (<c>matrixScoreId</c>) to
/// link to this breakdown.
/// </summary>
public sealed class SelectionScoreRecord
{
    /// <summary>The id the score was answered with.</summary>
    public Guid ScoreId { get; set; }

    /// <summary>The scheme whose matrix scored the candidate.</summary>
    public string SchemeCode { get; set; } = "";

    /// <summary>The version of the matrix file that scored it.</summary>
    public string MatrixVersion { get; set; } = "";

    /// <summary>When it was scored, on the hub's clock.</summary>
    public DateTimeOffset ScoredAt { get; set; }

    /// <summary>The total.</summary>
    public decimal Total { get; set; }

    /// <summary>The request scored, as JSON: the candidate's identifiers and every item with its basis and source.</summary>
    public string Candidate { get; set; } = "";

    /// <summary>The breakdown answered, as JSON: one line per scored element.</summary>
    public string Lines { get; set; } = "";
}
