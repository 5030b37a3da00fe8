using System.Text.Json;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Selection;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Selection;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Sagas.Selection.Matrix;

/// <summary>
/// Answers a scheme's request to score a candidate PPO with its selection matrix
/// (PPO Strategy Initial Guidance 2004, Annex C): the score and its breakdown, or what prevents scoring. This is where
/// a score is made, so it is where a score is kept, with the request it scored, for the audit trail the matrix forms
/// part of (Annex C §13).
/// </summary>
public sealed class SelectionMatrixConsumer(SelectionMatrix matrix, TimeProvider clock, IDbContextFactory<HubDbContext> databases)
    : IConsumer<ScoreSelectionCandidate>
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
        var scored = new SelectionCandidateScored
        {
            ScoreId = NewId.NextGuid(),
            SchemeCode = candidate.Scheme.Code,
            Total = outcome.Total,
            Lines = outcome.Lines,
            MatrixVersion = matrix.Version,
            ScoredAt = scoredAt,
        };
        // Kept before it is answered: a score the scheme may quote in a selection is always on record.
        await using (var db = await databases.CreateDbContextAsync(context.CancellationToken))
        {
            db.SelectionScores.Add(new SelectionScoreRecord
            {
                ScoreId = scored.ScoreId,
                SchemeCode = scored.SchemeCode,
                MatrixVersion = scored.MatrixVersion,
                ScoredAt = scored.ScoredAt,
                Total = scored.Total,
                Candidate = JsonSerializer.Serialize(candidate, ContractJson.Options),
                Lines = JsonSerializer.Serialize(scored.Lines, ContractJson.Options),
            });
            await db.SaveChangesAsync(context.CancellationToken);
        }
        await context.RespondAsync(scored);
    }
}
