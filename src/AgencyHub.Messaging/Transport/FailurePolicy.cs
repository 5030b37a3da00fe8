using AgencyHub.Messaging.Validation;
using MassTransit;

namespace AgencyHub.Messaging.Transport;

/// <summary>
/// What a receive endpoint does with a message its consumer fails on, in three tiers. First it tries again at once,
/// backing off from <see cref="BusOptions.RetryMinDelay"/> (a lost race, a dropped connection); then it hands the
/// message to the hub's scheduler to come back after each of <see cref="BusOptions.RedeliveryIntervals"/> (a database
/// fail-over, a broker node restarting), each time with the first tier again; only then does the message go to the
/// endpoint's error queue. A <see cref="PermanentMessageFailure"/> (a broken contract, a refused sender) goes there at
/// once: it would fail the same way every time. The scheduler's own endpoint cannot hand its messages to itself, so
/// it stays with the first tier, long enough to outlast an outage of its store (<see cref="BusOptions.SchedulerRetryLimit"/>).
/// Applied as each endpoint is configured, outside its consumers' inbox and outbox, so every attempt has a
/// transaction of its own.
/// </summary>
public sealed class FailurePolicy(BusOptions options) : IEndpointConfigurationObserver
{
    /// <inheritdoc />
    public void EndpointConfigured<T>(T configurator) where T : IReceiveEndpointConfigurator
    {
        var queue = QueueAddress.NameOf(configurator.InputAddress);
        // An error queue's collector keeps each message until it is stored: it has no consumer to retry.
        if (DurableQueues.IsErrorQueue(queue)) return;
        if (queue == SchedulerQueue.Name)
        {
            configurator.UseMessageRetry(retry => Immediate(retry, options.SchedulerRetryLimit));
            return;
        }
        if (options.Redelivery.Length > 0)
            configurator.UseScheduledRedelivery(redelivery =>
            {
                redelivery.Intervals(options.Redelivery);
                redelivery.Ignore<PermanentMessageFailure>();
            });
        configurator.UseMessageRetry(retry => Immediate(retry, options.RetryLimit));
    }

    void Immediate(IRetryConfigurator retry, int limit)
    {
        retry.Exponential(limit, options.RetryMinDelay, options.RetryMaxDelay, options.RetryMinDelay);
        retry.Ignore<PermanentMessageFailure>();
    }
}
