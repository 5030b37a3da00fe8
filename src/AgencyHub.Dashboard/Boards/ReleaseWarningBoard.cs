using AgencyHub.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Boards;

/// <summary>The release warnings on the saga board.</summary>
public sealed class ReleaseWarningBoard : ISagaBoardSource
{
    /// <inheritdoc />
    public string Saga => "Release warning";

    /// <inheritdoc />
    public Task<List<StateCount>> Counts(HubDbContext db, string? scheme, CancellationToken cancellationToken) =>
        db.ReleaseWarnings.AsNoTracking().Where(w => scheme == null || w.SchemeCode == scheme)
            .GroupBy(w => w.CurrentState).Select(g => new StateCount(g.Key, g.Count())).ToListAsync(cancellationToken);

    /// <inheritdoc />
    public Task<List<SagaInstanceRow>> Instances(HubDbContext db, string? scheme, string state, int limit, CancellationToken cancellationToken) =>
        db.ReleaseWarnings.AsNoTracking().Where(w => w.CurrentState == state && (scheme == null || w.SchemeCode == scheme))
            .OrderByDescending(w => w.ReleaseDate).Take(limit)
            .Select(w => new SagaInstanceRow(w.CorrelationId, "release from " + w.PrisonCode + " on " + w.ReleaseDate.ToString(), w.SchemeName, w.PersonId))
            .ToListAsync(cancellationToken);
}
