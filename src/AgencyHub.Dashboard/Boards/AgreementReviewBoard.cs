using AgencyHub.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Boards;

/// <summary>The reviews of data-sharing agreements on the saga board: no scheme, no person.</summary>
public sealed class AgreementReviewBoard : ISagaBoardSource
{
    /// <inheritdoc />
    public string Saga => "Agreement review";

    /// <inheritdoc />
    public Task<List<StateCount>> Counts(HubDbContext db, string? scheme, CancellationToken cancellationToken) =>
        db.AgreementReviews.AsNoTracking()
            .GroupBy(r => r.CurrentState).Select(g => new StateCount(g.Key, g.Count())).ToListAsync(cancellationToken);

    /// <inheritdoc />
    public Task<List<SagaInstanceRow>> Instances(HubDbContext db, string? scheme, string state, int limit, CancellationToken cancellationToken) =>
        db.AgreementReviews.AsNoTracking().Where(r => r.CurrentState == state)
            .OrderBy(r => r.ReviewOn).Take(limit)
            .Select(r => new SagaInstanceRow(r.CorrelationId, r.AgreementId + " version " + r.AgreementVersion + ", review on " + r.ReviewOn.ToString(), null, null))
            .ToListAsync(cancellationToken);
}
