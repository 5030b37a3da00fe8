using System.Linq.Expressions;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Database;
using AgencyHub.Persistence.People;
using AgencyHub.Sagas.People;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Sagas.Retention;

/// <summary>
/// People the register knows who have no PPO case (never selected, or whose closed cases were erased) and no release
/// warning, once <see cref="RetentionOptions.PeopleNeverSelected"/> has passed since the hub last heard of them; with
/// them go their consent records. A person heard of again is registered afresh.
/// </summary>
public sealed class NeverSelectedPeople(IDbContextFactory<HubDbContext> databases, PersistenceOptions persistence, AuditTrail audit, TimeProvider clock,
    RetentionOptions retention) : PersonalDataErasure<PersonRecord>(databases, persistence, audit, clock)
{
    /// <inheritdoc />
    public override string Kind => "people never selected";

    /// <inheritdoc />
    protected override TimeSpan Retention => retention.PeopleNeverSelected;

    /// <inheritdoc />
    protected override IQueryable<PersonRecord> Candidates(HubDbContext db) => db.People.Where(p =>
        !db.Cases.Any(c => c.PersonId == p.PersonId) && !db.ReleaseWarnings.Any(w => w.PersonId == p.PersonId)
        && !db.Recalls.Any(r => r.PersonId == p.PersonId));

    /// <inheritdoc />
    protected override Expression<Func<PersonRecord, bool>> Before(DateTimeOffset cutoff) => p => p.RegisteredAt < cutoff
        && (p.CustodyAsOf == null || p.CustodyAsOf < cutoff) && (p.ReleaseDateSetAt == null || p.ReleaseDateSetAt < cutoff);

    /// <inheritdoc />
    protected override async Task<bool> Erase(HubDbContext db, PersonRecord person, CancellationToken cancellationToken)
    {
        // Selected meanwhile: no longer this kind.
        if (await Candidates(db).Where(p => p.PersonId == person.PersonId).ExecuteDeleteAsync(cancellationToken) == 0) return false;
        await db.Consents.Where(c => c.PersonId == person.PersonId).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc />
    protected override (string? Person, string Detail) Describe(PersonRecord person) =>
        (PersonReference.Of(PersonRegister.IdentityOf(person)),
            "person never selected, with their consent records");
}
