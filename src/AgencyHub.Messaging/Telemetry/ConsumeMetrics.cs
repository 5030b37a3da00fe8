using System.Collections.Concurrent;
using MassTransit;

namespace AgencyHub.Messaging.Telemetry;

/// <summary>Counts and times every consumption on this host's receive endpoints (<see cref="HubMetrics"/>).</summary>
public sealed class ConsumeMetrics(HubMetrics metrics) : IConsumeObserver
{
    readonly ConcurrentDictionary<Uri, KeyValuePair<string, object?>> _endpoints = new();

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        Record(context, "ok");
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        Record(context, "faulted");
        return Task.CompletedTask;
    }

    void Record(ConsumeContext context, string outcome)
    {
        var endpoint = _endpoints.GetOrAdd(context.ReceiveContext.InputAddress, address => new(HubMetrics.EndpointTag, QueueName(address)));
        metrics.Consumed.Add(1, endpoint, new(HubMetrics.OutcomeTag, outcome));
        metrics.ProcessingTime.Record(context.ReceiveContext.ElapsedTime.TotalMilliseconds, endpoint);
    }

    /// <summary>The queue of a receive endpoint's address (its last path segment, without a query).</summary>
    public static string QueueName(Uri address)
    {
        var path = address.AbsolutePath.TrimEnd('/');
        return path[(path.LastIndexOf('/') + 1)..];
    }
}
