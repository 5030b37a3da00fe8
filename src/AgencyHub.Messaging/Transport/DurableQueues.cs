using MassTransit;
using MassTransit.RabbitMqTransport.Configuration;
using MassTransit.RabbitMqTransport.Topology;

namespace AgencyHub.Messaging.Transport;

/// <summary>
/// Declares every durable queue of the hosts on RabbitMQ as <see cref="RabbitMqOptions.QueueKind"/> says: the hub's
/// and the delivery queues as each receive endpoint is configured, their error and skipped queues through the send
/// topology. A quorum queue hands a message out at most <see cref="RabbitMqOptions.DeliveryLimit"/> times and then
/// dead-letters it, at least once, to its error queue (declared with it), where a failed message is looked for.
/// Temporary queues (a host's reply queue) stay classic: a quorum queue cannot be deleted with its connection.
/// </summary>
public sealed class DurableQueues(RabbitMqOptions options) : IEndpointConfigurationObserver
{
    /// <summary>Applies the queue kind to <paramref name="cfg"/>'s error and skipped queues, and to each receive endpoint it will configure.</summary>
    public void Apply(IRabbitMqBusFactoryConfigurator cfg)
    {
        if (options.QueueKind != QueueKind.Quorum) return;
        cfg.SendTopology.ConfigureErrorSettings = FailedMessageQueue;
        cfg.SendTopology.ConfigureDeadLetterSettings = FailedMessageQueue;
        cfg.ConnectEndpointConfigurationObserver(this);
    }

    /// <inheritdoc />
    public void EndpointConfigured<T>(T configurator) where T : IReceiveEndpointConfigurator
    {
        if (configurator is not IRabbitMqReceiveEndpointConfiguration { Settings: { Durable: true, AutoDelete: false } settings } endpoint) return;
        var rabbit = (IRabbitMqReceiveEndpointConfigurator)endpoint;
        rabbit.SetQuorumQueue();
        rabbit.SetQueueArgument(DeliveryLimit, options.DeliveryLimit);
        // Dead-lettering that waits for the error queue to confirm, so a message over its limit is moved, never dropped.
        rabbit.SetQueueArgument(DeadLetterStrategy, "at-least-once");
        rabbit.SetQueueArgument(Overflow, "reject-publish");
        var errorQueue = $"{settings.QueueName}_error";
        rabbit.BindDeadLetterQueue(errorQueue, errorQueue, FailedMessageQueue);
    }

    const string DeliveryLimit = "x-delivery-limit", DeadLetterStrategy = "x-dead-letter-strategy", Overflow = "x-overflow";

    // An error or skipped queue is quorum too, and keeps none of its source queue's dead-lettering (MassTransit copies
    // the source's arguments): its messages stay until an operator works them.
    static void FailedMessageQueue(IRabbitMqQueueBindingConfigurator queue)
    {
        queue.SetQuorumQueue();
        if (queue is not Queue { QueueArguments: var arguments }) return;
        foreach (var inherited in new[] { DeliveryLimit, DeadLetterStrategy, Overflow, "x-dead-letter-exchange" }) arguments.Remove(inherited);
    }
}
