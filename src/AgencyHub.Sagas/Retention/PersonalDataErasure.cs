using System.Linq.Expressions;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Database;
using AgencyHub.Persistence.Housekeeping;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Sagas.Retention;

/// <summary>
/// Erases one kind of personal data once its retention has passed, a batch per transaction, each row with its
/// <see cref="AuditAction.Erased"/> entry on the hub's chain in that transaction. A row another orchestrator erased
/// first is neither erased nor recorded twice.
/// </summary>
public abstract class PersonalDataErasure<T>(IDbContextFactory<HubDbContext> databases, PersistenceOptions persistence, AuditTrail audit, TimeProvider clock)
    : IHousekeepingStep where T : class
{
    const int Batch = 200;

    /// <inheritdoc />
    public abstract string Kind { get; }

    /// <summary>How long a row is kept.</summary>
    protected abstract TimeSpan Retention { get; }

    /// <summary>The rows of this kind, whatever their age.</summary>
    protected abstract IQueryable<T> Candidates(HubDbContext db);

    /// <summary>True for a row whose time counted from is before <paramref name="cutoff"/>.</summary>
    protected abstract Expression<Func<T, bool>> Before(DateTimeOffset cutoff);

    /// <summary>Deletes the row and what hangs on it; false when it was gone already (or no longer of this kind).</summary>
    protected abstract Task<bool> Erase(HubDbContext db, T row, CancellationToken cancellationToken);

    /// <summary>Whom the row was about (a reference) and what was erased, for the audit trail.</summary>
    protected abstract (string? Person, string Detail) Describe(T row);

    /// <inheritdoc />
    public async Task<int> Run(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var erased = 0;
        while (true)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var due = await Due(db, now - Retention, cancellationToken);
            foreach (var row in due)
            {
                if (!await Erase(db, row, cancellationToken)) continue;
                erased++;
                var (person, detail) = Describe(row);
                await audit.Append(db, new AuditEntry
                {
                    At = now, Agency = Agency.Hub.Slug(), Actor = Agency.Hub.Slug(), Action = AuditAction.Erased, PersonReference = person,
                    Justification = $"retention of {Kind} ({Retention.TotalDays:0} days) passed", Detail = detail,
                }, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (due.Count < Batch) return erased;
        }
    }

    async Task<List<T>> Due(HubDbContext db, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var candidates = Candidates(db).AsNoTracking();
        if (persistence.Provider == DatabaseProvider.Postgres) return await candidates.Where(Before(cutoff)).Take(Batch).ToListAsync(cancellationToken);
        // SQLite cannot compare instants: the all-in-one host's few rows are filtered here.
        return (await candidates.ToListAsync(cancellationToken)).Where(Before(cutoff).Compile()).Take(Batch).ToList();
    }
}
