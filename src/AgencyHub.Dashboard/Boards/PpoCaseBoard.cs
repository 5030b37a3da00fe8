using AgencyHub.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Boards;

/// <summary>The PPO cases on the saga board.</summary>
public sealed class PpoCaseBoard : ISagaBoardSource
{
    /// <inheritdoc />
    public string Saga => "PPO case";

    /// <inheritdoc />
    public Task<List<StateCount>> Counts(HubDbContext db, string? scheme, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().Where(c => scheme == null || c.SchemeCode == scheme)
            .GroupBy(c => c.CurrentState).Select(g => new StateCount(g.Key, g.Count())).ToListAsync(cancellationToken);

    /// <inheritdoc />
    public Task<List<SagaInstanceRow>> Instances(HubDbContext db, string? scheme, string state, int limit, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().Where(c => c.CurrentState == state && (scheme == null || c.SchemeCode == scheme))
            .OrderBy(c => c.PncId).ThenBy(c => c.CorrelationId).Take(limit)
            .Select(c => new SagaInstanceRow(c.CorrelationId, c.PncId ?? c.CroNumber ?? c.PrisonNumber ?? c.Crn ?? "", c.SchemeName, c.PersonId))
            .ToListAsync(cancellationToken);
}
