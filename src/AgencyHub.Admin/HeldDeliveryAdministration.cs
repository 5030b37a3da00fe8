using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Sharing;
using AgencyHub.Sagas.Sharing;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Admin;

/// <summary>
/// What staff do with held deliveries, whichever way they ask (the admin API, the dashboard): a release is a request
/// to the hub, which runs the gate again in its own transaction (<see cref="HeldDeliveryRelease"/>) and records the
/// outcome, released or still held and why, with who asked and their justification.
/// </summary>
public sealed class HeldDeliveryAdministration(IDbContextFactory<HubDbContext> databases, IBus bus, AuditTrail audit, TimeProvider clock)
{
    /// <summary>
    /// The held delivery <paramref name="deliveryId"/> with its body, read by <paramref name="actor"/> for
    /// <paramref name="justification"/>, recorded as a consultation in the transaction that reads it; null when none is held.
    /// </summary>
    public async Task<HeldDelivery?> Open(Guid deliveryId, string actor, string justification, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.HeldDeliveries.AsNoTracking().SingleOrDefaultAsync(h => h.DeliveryId == deliveryId, cancellationToken) is not { } held) return null;
        await audit.Append(db, new AuditEntry
        {
            At = clock.GetUtcNow(), Agency = Agency.Hub.Slug(), Actor = actor, Action = AuditAction.BodyOpened, Justification = justification.Trim(),
            PersonReference = held.PersonReference, Recipient = held.Recipient, Purpose = held.Purpose, Agreement = held.Agreement,
            MessageId = held.DeliveryId, MessageType = held.MessageType, Detail = $"held body, sent by {held.Sender}",
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return held;
    }

    /// <summary>Asks for <paramref name="deliveryId"/> to be released by <paramref name="actor"/> for <paramref name="justification"/>.</summary>
    public async Task<(ReleaseOutcome Outcome, HeldDelivery? Held)> Release(Guid deliveryId, string actor, string justification,
        CancellationToken cancellationToken)
    {
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var held = await db.HeldDeliveries.AsNoTracking().SingleOrDefaultAsync(h => h.DeliveryId == deliveryId, cancellationToken);
            if (held is null) return (ReleaseOutcome.NotHeld, null);
            if (held.ReleasedAt is not null) return (ReleaseOutcome.AlreadyReleased, held);
        }
        var endpoint = await bus.GetSendEndpoint(HeldDeliveryRelease.Address);
        await endpoint.Send(new ReleaseHeldDelivery(deliveryId, actor, justification.Trim()), cancellationToken);
        return (ReleaseOutcome.Requested, null);
    }
}

/// <summary>How a request to release a held delivery ended.</summary>
public enum ReleaseOutcome
{
    /// <summary>The hub runs the gate again.</summary>
    Requested,

    /// <summary>No delivery of that id is held.</summary>
    NotHeld,

    /// <summary>It was released before.</summary>
    AlreadyReleased,
}
