using System.Collections.Concurrent;
using MassTransit;

namespace AgencyHub.Messaging.Transport;

/// <summary>The queues this host's receive endpoints read, as each becomes ready: what the health board measures.</summary>
public sealed class ReceiveQueues : IReceiveEndpointObserver
{
    readonly ConcurrentDictionary<string, byte> _names = new();

    /// <summary>The queues, by name.</summary>
    public IReadOnlyList<string> Names => [.. _names.Keys.Order(StringComparer.Ordinal)];

    public Task Ready(ReceiveEndpointReady ready)
    {
        _names.TryAdd(Telemetry.ConsumeMetrics.QueueName(ready.InputAddress), 0);
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
}
