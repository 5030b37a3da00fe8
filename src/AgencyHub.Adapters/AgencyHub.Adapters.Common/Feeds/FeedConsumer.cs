using AgencyHub.Messaging.Delivery;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Adapters.Common.Feeds;

/// <summary>Takes deliveries off an agency's delivery queue and appends them to its feed.</summary>
public sealed class FeedConsumer(AgencyFeeds feeds, ILogger<FeedConsumer> logger) : IConsumer<AgencyDelivery>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<AgencyDelivery> context)
    {
        var delivery = context.Message;
        if (!feeds.For(delivery.Recipient).Append(delivery))
            logger.LogInformation("Delivery {DeliveryId} is already in the {Agency} feed", delivery.DeliveryId, delivery.Recipient);
        return Task.CompletedTask;
    }
}
