using MassTransit;

namespace AgencyHub.Messaging.Transport;

/// <summary>
/// On RabbitMQ, puts the <see cref="BrokerSender"/> of each received message in its context, from the validated
/// user-id in its properties, for the consumers that must know who sent it.
/// </summary>
public sealed class BrokerSenderFilter<T>(BrokerUsers users) : IFilter<ConsumeContext<T>> where T : class
{
    /// <inheritdoc />
    public Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (context.ReceiveContext.TryGetPayload(out RabbitMqBasicConsumeContext? received))
            context.GetOrAddPayload(() => users.Identify(received.Properties.UserId));
        return next.Send(context);
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context.CreateFilterScope("brokerSender");
}
