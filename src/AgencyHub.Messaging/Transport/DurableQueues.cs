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
    const string DeliveryLimit = "x-delivery-limit", DeadLetterStrategy = "x-dead-letter-strategy", Overflow = "x-overflow",
        DeadLetterExchange = "x-dead-letter-exchange", QueueType = "x-queue-type";

    /// <summary>The error queue of <paramref name="queue"/>, as MassTransit names it.</summary>
    public static string ErrorQueueOf(string queue) => $"{queue}_error";

    /// <summary>Whether <paramref name="queue"/> is an error queue (the hub's collector reads them).</summary>
    public static bool IsErrorQueue(string queue) => queue.EndsWith("_error", StringComparison.Ordinal);

    /// <summary>The arguments <paramref name="queue"/> is declared with.</summary>
    public IReadOnlyDictionary<string, object> ArgumentsOf(string queue) => IsErrorQueue(queue) ? FailedMessageArguments
        : options.QueueKind != QueueKind.Quorum
        ? new Dictionary<string, object>()
        : new Dictionary<string, object>
        {
            [QueueType] = "quorum",
            [DeliveryLimit] = options.DeliveryLimit,
            // Dead-lettering that waits for the error queue to confirm, so a message over its limit is moved, never dropped.
            [DeadLetterStrategy] = "at-least-once",
            [Overflow] = "reject-publish",
            [DeadLetterExchange] = ErrorQueueOf(queue),
        };

    /// <summary>The arguments an error or skipped queue is declared with: its kind, and none of its source's dead-lettering.</summary>
    public IReadOnlyDictionary<string, object> FailedMessageArguments => options.QueueKind != QueueKind.Quorum
        ? new Dictionary<string, object>()
        : new Dictionary<string, object> { [QueueType] = "quorum" };

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
        foreach (var (key, value) in ArgumentsOf(settings.QueueName)) rabbit.SetQueueArgument(key, value);
        // An error queue's own failures stay in it: its collector keeps each message until stored.
        if (IsErrorQueue(settings.QueueName)) return;
        rabbit.BindDeadLetterQueue(ErrorQueueOf(settings.QueueName), ErrorQueueOf(settings.QueueName), FailedMessageQueue);
    }

    // MassTransit declares an error queue with its source queue's arguments: they are swapped for its own.
    void FailedMessageQueue(IRabbitMqQueueBindingConfigurator queue)
    {
        if (queue is Queue { QueueArguments: var arguments })
            foreach (var inherited in new[] { DeliveryLimit, DeadLetterStrategy, Overflow, DeadLetterExchange }) arguments.Remove(inherited);
        foreach (var (key, value) in FailedMessageArguments) queue.SetQueueArgument(key, value);
    }
}
