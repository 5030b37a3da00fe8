using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Transport;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Sharing;

/// <summary>
/// Takes back a delivery an adapter would not put on its feed (<see cref="DeliveryReturned"/>) and has the gate decide it
/// again, from the agreements as stored now (the cache may not have seen the change the adapter saw). Over RabbitMQ only
/// the recipient's own adapter may return a delivery: one returned by anyone else is logged and dropped.
/// </summary>
public sealed class ReturnedDeliveryIntake(DeliveryGate gate, AgreementCache agreements, ILogger<ReturnedDeliveryIntake> logger)
    : IConsumer<DeliveryReturned>
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<DeliveryReturned> context)
    {
        var delivery = context.Message.Delivery;
        if (context.TryGetPayload(out BrokerSender? broker) && !broker.IsHub && broker.Party != delivery.Recipient)
        {
            logger.LogError("Dropped delivery {DeliveryId} returned by broker user '{User}': only {Recipient}'s adapter may return it",
                delivery.DeliveryId, broker.UserId ?? "(none)", delivery.Recipient.Slug());
            return;
        }
        logger.LogInformation("Delivery {DeliveryId} ({MessageType}) returned by {Recipient}: {Reason}",
            delivery.DeliveryId, delivery.MessageType, delivery.Recipient.Slug(), context.Message.Reason);
        agreements.Invalidate();
        await gate.Return(context, delivery);
    }
}
