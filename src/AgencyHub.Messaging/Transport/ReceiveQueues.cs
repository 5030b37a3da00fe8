using System.Collections.Concurrent;
using MassTransit;

namespace AgencyHub.Messaging.Transport;

/// <summary>The queues this host's receive endpoints read, as each is configured: what the health board measures.</summary>
public sealed class ReceiveQueues : IEndpointConfigurationObserver
{
    readonly ConcurrentDictionary<string, byte> _names = new();

    /// <summary>The queues, by name.</summary>
    public IReadOnlyList<string> Names => [.. _names.Keys.Order(StringComparer.Ordinal)];

    public void EndpointConfigured<T>(T configurator) where T : IReceiveEndpointConfigurator =>
        _names.TryAdd(Telemetry.ConsumeMetrics.QueueName(configurator.InputAddress), 0);
}
