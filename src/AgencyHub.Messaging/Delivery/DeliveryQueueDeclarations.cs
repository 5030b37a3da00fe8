using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Transport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace AgencyHub.Messaging.Delivery;

/// <summary>
/// On RabbitMQ, the hub declares every agency's delivery queue (and its error queue) as the adapter's endpoint will,
/// so deliveries to an agency whose adapter has not started yet wait in its queue: the hub sends to the exchange in
/// front of it, mandatory, and a send no queue takes would fail (<see cref="QueueAddress.Of"/>). It tries until the
/// broker answers, backing off; until then such a send is returned and tried again later.
/// </summary>
public sealed class DeliveryQueueDeclarations(BusOptions bus, TimeProvider clock, ILogger<DeliveryQueueDeclarations> logger) : BackgroundService
{
    static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (bus.Transport != TransportKind.RabbitMq) return;
        var backoff = new Backoff(FirstRetryDelay, MaxRetryDelay, clock);
        while (true)
        {
            try
            {
                await Declare(stoppingToken);
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not declare the agencies' delivery queues; will try again in {Delay}", backoff.Next);
            }
            await backoff.Wait(stoppingToken);
        }
    }

    async Task Declare(CancellationToken cancellationToken)
    {
        var rabbit = bus.RabbitMq;
        var queues = new DurableQueues(rabbit);
        await using var connection = await rabbit.ConnectionFactory().CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        foreach (var agency in AgencyNames.Partners)
        {
            var queue = DeliveryQueues.Name(agency);
            await Bind(channel, queue, queues.ArgumentsOf(queue), cancellationToken);
            await Bind(channel, DurableQueues.ErrorQueueOf(queue), queues.FailedMessageArguments, cancellationToken);
        }
    }

    // A queue with the fanout exchange of its name in front, as MassTransit declares a receive endpoint's.
    static async Task Bind(IChannel channel, string queue, IReadOnlyDictionary<string, object> arguments, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(queue, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: arguments.ToDictionary(a => a.Key, a => (object?)a.Value), cancellationToken: cancellationToken);
        await channel.QueueBindAsync(queue, queue, "", cancellationToken: cancellationToken);
    }
}
