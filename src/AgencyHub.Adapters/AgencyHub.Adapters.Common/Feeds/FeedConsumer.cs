using AgencyHub.Messaging.Delivery;
using AgencyHub.Persistence.Outbox;
using MassTransit;

namespace AgencyHub.Adapters.Common.Feeds;

/// <summary>
/// Takes deliveries off an agency's delivery queue and appends them to its feed. It runs behind the inbox, in the
/// same transaction as the inbox row, so a redelivered delivery is not appended twice.
/// </summary>
public sealed class FeedConsumer(AgencyFeeds feeds) : IConsumer<AgencyDelivery>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<AgencyDelivery> context)
    {
        feeds.For(context.Message.Recipient).Append(context.GetPayload<IHubTransaction>(), context.Message);
        return Task.CompletedTask;
    }
}
