using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Transport;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Outbox;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Sharing;

/// <summary>
/// Releases a held delivery an operator asked for, lawfully: the gate is run again on the whole message as it was held,
/// and only if an agreement in force now covers it, with its conditions holding (consent since given, an agreement
/// since activated or renewed, the person since selected), is it delivered, under its own delivery id so the recipient
/// never gets it twice. One that still fails stays held with the new reason. Either way the attempt is audited with the
/// operator and their justification, in the same transaction.
/// </summary>
public sealed class HeldDeliveryRelease(DeliveryGate gate, AuditTrail audit, TimeProvider clock, ILogger<HeldDeliveryRelease> logger)
    : IConsumer<ReleaseHeldDelivery>
{
    /// <summary>The queue releases are sent to.</summary>
    public const string Queue = DeliveryQueues.HeldReleases;

    /// <summary>Its address.</summary>
    public static Uri Address { get; } = QueueAddress.Of(Queue);

    /// <inheritdoc />
    public async Task Consume(ConsumeContext<ReleaseHeldDelivery> context)
    {
        var request = context.Message;
        var db = context.GetPayload<IHubTransaction>().Db;
        if (await db.HeldDeliveries.FindAsync([request.DeliveryId], context.CancellationToken) is not { } held || held.ReleasedAt is not null)
        {
            logger.LogInformation("Release of delivery {DeliveryId} asked by {Operator}: nothing held under that id", request.DeliveryId, request.Operator);
            return;
        }
        var decision = await gate.Retry(context, held);
        var now = clock.GetUtcNow();
        if (decision.Allowed) (held.ReleasedAt, held.ReleasedBy, held.ReleaseReason) = (now, request.Operator, request.Justification);
        await audit.Append(db, new AuditEntry
        {
            At = now, Agency = Agency.Hub.Slug(), Actor = request.Operator, Action = AuditAction.DeliveryReleased, Justification = request.Justification,
            PersonReference = held.PersonReference, Recipient = held.Recipient, Purpose = held.Purpose, Agreement = decision.Agreement,
            MessageId = held.DeliveryId, MessageType = held.MessageType, Detail = decision.Allowed ? "released" : $"still held: {decision.Reason}",
        }, context.CancellationToken);
    }
}
