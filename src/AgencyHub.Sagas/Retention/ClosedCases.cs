using System.Linq.Expressions;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Database;
using AgencyHub.Sagas.Cases;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Sagas.Retention;

/// <summary>
/// Cases de-selected or moved to another scheme's area, with their timelines, once <see cref="RetentionOptions.ClosedCases"/>
/// has passed since. The person stays while another case or a release warning needs them, then goes as never selected.
/// </summary>
public sealed class ClosedCases(IDbContextFactory<HubDbContext> databases, PersistenceOptions persistence, AuditTrail audit, TimeProvider clock,
    RetentionOptions retention) : PersonalDataErasure<PpoCase>(databases, persistence, audit, clock)
{
    /// <inheritdoc />
    public override string Kind => "closed cases";

    /// <inheritdoc />
    protected override TimeSpan Retention => retention.ClosedCases;

    /// <inheritdoc />
    protected override IQueryable<PpoCase> Candidates(HubDbContext db) => db.Cases.Where(c => CaseStates.Closed.Contains(c.CurrentState));

    /// <inheritdoc />
    protected override Expression<Func<PpoCase, bool>> Before(DateTimeOffset cutoff) => c => c.DeselectedAt != null && c.DeselectedAt < cutoff;

    /// <inheritdoc />
    protected override async Task<bool> Erase(HubDbContext db, PpoCase closed, CancellationToken cancellationToken)
    {
        // Re-selected meanwhile: no longer closed.
        if (!await Candidates(db).AnyAsync(c => c.CorrelationId == closed.CorrelationId, cancellationToken)) return false;
        await db.CaseTimeline.Where(e => e.CaseId == closed.CorrelationId).ExecuteDeleteAsync(cancellationToken);
        return await Candidates(db).Where(c => c.CorrelationId == closed.CorrelationId).ExecuteDeleteAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    protected override (string? Person, string Detail) Describe(PpoCase closed) =>
        (PersonReference.Of(CaseReferences.Offender(closed)),
            $"case of scheme {closed.SchemeCode}, {closed.CurrentState}, with its timeline");
}
