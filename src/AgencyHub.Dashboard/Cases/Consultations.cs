using AgencyHub.Adapters.Common.Credentials;
using System.Collections.Concurrent;
using System.Security.Claims;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.People;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Cases;

/// <summary>
/// Records that a member of staff looked at a person's journey (a consultation, Data Protection Act 2018 s.62), in the
/// hub's audit chain, naming them and the person by reference. A live page asks again every few seconds: that is the
/// same look, so it is recorded once per <see cref="Window"/> per member of staff and person on this host.
/// </summary>
public sealed class Consultations(IDbContextFactory<HubDbContext> databases, AuditTrail audit, TimeProvider clock)
{
    /// <summary>How long one recorded look covers the same member of staff looking at the same person again.</summary>
    public static TimeSpan Window { get; } = TimeSpan.FromMinutes(15);

    readonly ConcurrentDictionary<(string Actor, Guid Person), DateTimeOffset> _recorded = new();

    /// <summary>Records <paramref name="user"/>'s look at <paramref name="person"/>, unless one is recorded within the window.</summary>
    public async Task Record(ClaimsPrincipal user, PersonRecord person, CancellationToken cancellationToken)
    {
        var actor = AgencySystemClaims.NameOf(user);
        var now = clock.GetUtcNow();
        if (_recorded.TryGetValue((actor, person.PersonId), out var last) && now - last < Window) return;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await audit.Append(db, new AuditEntry
        {
            At = now, Agency = Agency.Hub.Slug(), Actor = actor, Action = AuditAction.JourneyViewed,
            PersonReference = PersonReference.AllOf(person).FirstOrDefault(), Detail = "journey page of the operators' dashboard",
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _recorded[(actor, person.PersonId)] = now;
    }

}
