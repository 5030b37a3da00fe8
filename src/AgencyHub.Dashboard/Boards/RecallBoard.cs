using AgencyHub.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Boards;

/// <summary>The recalls on the saga board.</summary>
public sealed class RecallBoard : ISagaBoardSource
{
    /// <inheritdoc />
    public string Saga => "Recall";

    /// <inheritdoc />
    public Task<List<StateCount>> Counts(HubDbContext db, string? scheme, CancellationToken cancellationToken) =>
        db.Recalls.AsNoTracking().Where(r => scheme == null || r.SchemeCode == scheme)
            .GroupBy(r => r.CurrentState).Select(g => new StateCount(g.Key, g.Count())).ToListAsync(cancellationToken);

    /// <inheritdoc />
    public Task<List<SagaInstanceRow>> Instances(HubDbContext db, string? scheme, string state, int limit, CancellationToken cancellationToken) =>
        db.Recalls.AsNoTracking().Where(r => r.CurrentState == state && (scheme == null || r.SchemeCode == scheme))
            .OrderBy(r => r.RecallId).Take(limit)
            .Select(r => new SagaInstanceRow(r.CorrelationId, "recall " + r.RecallId + (r.ClosedBecause == null ? "" : ", " + r.ClosedBecause), r.SchemeName, r.PersonId))
            .ToListAsync(cancellationToken);
}
