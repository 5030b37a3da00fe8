using AgencyHub.Contracts.Selection;
using MassTransit;

namespace AgencyHub.Sagas.Selection.Matrix;

/// <summary>
/// Answers a scheme's request to score a candidate PPO with its selection matrix (004 Annex C): the score and its
/// breakdown, or what prevents scoring. This is where a score is made, so it is where a score is kept for the audit
/// trail the matrix forms part of (§13).
/// </summary>
public sealed class SelectionMatrixConsumer(SelectionMatrix matrix, TimeProvider clock) : IConsumer<ScoreSelectionCandidate>
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<ScoreSelectionCandidate> context)
    {
        var candidate = context.Message;
        var scoredAt = clock.GetUtcNow();
        var outcome = SelectionMatrixScorer.Score(candidate, matrix.For(candidate.Scheme.Code), DateOnly.FromDateTime(scoredAt.UtcDateTime));
        if (outcome.Errors.Count > 0)
        {
            await context.RespondAsync(new SelectionCandidateRejected { Errors = outcome.Errors, MatrixVersion = matrix.Version });
            return;
        }
        await context.RespondAsync(new SelectionCandidateScored
        {
            ScoreId = NewId.NextGuid(),
            SchemeCode = candidate.Scheme.Code,
            Total = outcome.Total,
            Lines = outcome.Lines,
            MatrixVersion = matrix.Version,
            ScoredAt = scoredAt,
        });
    }
}
