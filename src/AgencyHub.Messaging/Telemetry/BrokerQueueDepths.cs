using System.Diagnostics.Metrics;
using AgencyHub.Messaging.Transport;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace AgencyHub.Messaging.Telemetry;

/// <summary>
/// <c>agencyhub.queue.depth</c>: how many messages wait in each of this host's queues on RabbitMQ, asked of the broker
/// once per heartbeat with a passive declare (which changes nothing) on a connection of its own, as the host's own
/// broker user. The in-memory transport has no such figure.
/// </summary>
public sealed class BrokerQueueDepths : IHeartbeatFigures, IAsyncDisposable
{
    readonly RabbitMqOptions _rabbit;
    readonly ReceiveQueues _queues;
    readonly ILogger<BrokerQueueDepths> _logger;
    IConnection? _connection;
    IChannel? _channel;
    volatile List<Measurement<long>> _depths = [];

    public BrokerQueueDepths(BusOptions bus, ReceiveQueues queues, HubMetrics metrics, ILogger<BrokerQueueDepths> logger)
    {
        (_rabbit, _queues, _logger) = (bus.RabbitMq, queues, logger);
        metrics.Meter.CreateObservableGauge("agencyhub.queue.depth", () => _depths, "{message}",
            "Messages ready in each of this host's queues on the broker, at the last heartbeat");
    }

    public async Task Refresh(CancellationToken cancellationToken)
    {
        var depths = new List<Measurement<long>>();
        foreach (var queue in _queues.Names)
        {
            var channel = await Channel(cancellationToken);
            try
            {
                var declared = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
                depths.Add(new(declared.MessageCount, new KeyValuePair<string, object?>(HubMetrics.EndpointTag, queue)));
            }
            catch (OperationInterruptedException e)
            {
                // A queue not there (the bus's reply queue before its first use) closes the channel: the next queue gets a new one.
                _logger.LogDebug("Queue {Queue} could not be measured: {Reason}", queue, e.Message);
                _channel = null;
            }
        }
        _depths = depths;
    }

    async Task<IChannel> Channel(CancellationToken cancellationToken)
    {
        if (_connection is not { IsOpen: true })
        {
            if (_connection is not null) await _connection.DisposeAsync();
            _connection = await _rabbit.ConnectionFactory($"{_rabbit.Username} queue depths").CreateConnectionAsync(cancellationToken);
            _channel = null;
        }
        if (_channel is not { IsOpen: true }) _channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        return _channel;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
