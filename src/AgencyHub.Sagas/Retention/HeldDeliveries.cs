using System.Linq.Expressions;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Database;
using AgencyHub.Persistence.Sharing;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Sagas.Retention;

/// <summary>Deliveries the gate held, released or not, with their bodies, once <see cref="RetentionOptions.HeldDeliveries"/> has passed since.</summary>
public sealed class HeldDeliveries(IDbContextFactory<HubDbContext> databases, PersistenceOptions persistence, AuditTrail audit, TimeProvider clock,
    RetentionOptions retention) : PersonalDataErasure<HeldDelivery>(databases, persistence, audit, clock)
{
    /// <inheritdoc />
    public override string Kind => "held deliveries";

    /// <inheritdoc />
    protected override TimeSpan Retention => retention.HeldDeliveries;

    /// <inheritdoc />
    protected override IQueryable<HeldDelivery> Candidates(HubDbContext db) => db.HeldDeliveries;

    /// <inheritdoc />
    protected override Expression<Func<HeldDelivery, bool>> Before(DateTimeOffset cutoff) => h => h.HeldAt < cutoff;

    /// <inheritdoc />
    protected override async Task<bool> Erase(HubDbContext db, HeldDelivery held, CancellationToken cancellationToken) =>
        await db.HeldDeliveries.Where(h => h.DeliveryId == held.DeliveryId).ExecuteDeleteAsync(cancellationToken) == 1;

    /// <inheritdoc />
    protected override (string? Person, string Detail) Describe(HeldDelivery held) =>
        (held.PersonReference, $"held {held.MessageType} from {held.Sender} for {held.Recipient}{(held.ReleasedAt is null ? "" : ", released")}");
}
