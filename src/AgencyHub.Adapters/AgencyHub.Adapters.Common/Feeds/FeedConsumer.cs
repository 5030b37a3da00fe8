using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence.Outbox;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Adapters.Common.Feeds;

/// <summary>
/// Takes deliveries off an agency's delivery queue and appends them to its feed. It runs behind the inbox, in the
/// same transaction as the inbox row, so a redelivered delivery is not appended twice. It appends only what it can
/// trust: over RabbitMQ a delivery from the hub's own broker user, and always one that names as its recipient the
/// agency whose queue it came from. Anything else is refused with the reason logged and taken off the queue: an
/// adapter may not move another user's message to an error queue (the broker checks the user-id it carries).
/// A trusted delivery whose agreement or consent changed after the gate allowed it (<see cref="FeedRecheck"/>) is sent
/// back to the hub, in the same transaction, to be decided again.
/// </summary>
public sealed class FeedConsumer(AgencyFeeds feeds, FeedRecheck recheck, TimeProvider clock, ILogger<FeedConsumer> logger) : IConsumer<AgencyDelivery>
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<AgencyDelivery> context)
    {
        var delivery = context.Message;
        var queue = QueueAddress.NameOf(context.ReceiveContext.InputAddress);
        var refusal = context.TryGetPayload(out BrokerSender? broker) && !broker.IsHub
            ? $"it came from broker user '{broker.UserId ?? "(none)"}', not the hub's"
            : DeliveryQueues.Name(delivery.Recipient) != queue
                ? $"it names {delivery.Recipient.Slug()} as its recipient"
                : null;
        if (refusal is not null)
        {
            logger.LogError("Refused delivery {DeliveryId} ({MessageType}) on {Queue}: {Reason}; it is not appended to any feed",
                delivery.DeliveryId, delivery.MessageType, queue, refusal);
            return;
        }
        var transaction = context.GetPayload<IHubTransaction>();
        var now = clock.GetUtcNow();
        if (await recheck.Refusal(transaction.Db, delivery, now, context.CancellationToken) is { } changed)
        {
            logger.LogWarning("Returned delivery {DeliveryId} ({MessageType}) to the hub: {Reason}", delivery.DeliveryId, delivery.MessageType, changed);
            var hub = await context.GetSendEndpoint(DeliveryQueues.ReturnedAddress);
            await hub.Send(new DeliveryReturned { Delivery = delivery, Reason = changed, ReturnedAt = now }, context.CancellationToken);
            return;
        }
        feeds.For(delivery.Recipient).Append(transaction, delivery);
    }
}
