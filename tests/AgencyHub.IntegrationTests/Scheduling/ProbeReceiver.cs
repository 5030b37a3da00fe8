using System.Collections.Concurrent;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Messaging.Transport;
using MassTransit;

namespace AgencyHub.IntegrationTests.Scheduling;

/// <summary>A message the tests schedule.</summary>
public sealed record ScheduledProbe(string Text);

/// <summary>What arrived of a probe: when, with which id and scheduling token.</summary>
public sealed record ProbeArrival(string Text, DateTimeOffset At, Guid? MessageId, Guid? TokenId);

/// <summary>
/// A bus of the test's own on the real broker, with a queue receiving <see cref="ScheduledProbe"/>s, from which the tests
/// also schedule them (as MassTransit's <c>ScheduleSend</c> does, to <c>queue:hub-scheduler</c>).
/// </summary>
public sealed class ProbeReceiver : IAsyncDisposable
{
    // The scheduler sends only to the hub's own queues.
    const string Queue = "hub-scheduler-test-probe";

    readonly ConcurrentQueue<ProbeArrival> _arrivals = new();
    TestBus _bus = null!;

    public IReadOnlyList<ProbeArrival> Arrivals => [.. _arrivals];

    /// <summary>Starts the receiver as the hub's own user: the scheduler takes requests from no one else.</summary>
    public static async Task<ProbeReceiver> Start(BrokerSettings broker)
    {
        var receiver = new ProbeReceiver();
        receiver._bus = await TestBus.As(broker.AsHub(), cfg => cfg.ReceiveEndpoint(Queue, endpoint =>
        {
            endpoint.PurgeOnStartup = true;
            endpoint.Handler<ScheduledProbe>(context =>
            {
                receiver._arrivals.Enqueue(new ProbeArrival(context.Message.Text, DateTimeOffset.UtcNow, context.MessageId,
                    context.Headers.Get<Guid>(MessageHeaders.SchedulingTokenId)));
                return Task.CompletedTask;
            });
        }));
        return receiver;
    }

    /// <summary>Schedules a probe through the hub's scheduler; returns its token.</summary>
    public async Task<Guid> Schedule(string text, DateTimeOffset dueAt)
    {
        var scheduler = _bus.Bus.CreateMessageScheduler(SchedulerQueue.Address);
        var destination = new Uri(_bus.Bus.Address, Queue);
        var scheduled = await scheduler.ScheduleSend(destination, dueAt.UtcDateTime, new ScheduledProbe(text));
        return scheduled.TokenId;
    }

    /// <summary>Waits until the probe <paramref name="text"/> has arrived, and returns its arrival.</summary>
    public async Task<ProbeArrival> WaitFor(string text)
    {
        var deadline = DateTime.UtcNow + Timeouts.Message;
        while (true)
        {
            if (Arrivals.FirstOrDefault(a => a.Text == text) is { } arrival) return arrival;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The scheduled probe '{text}' did not arrive within {Timeouts.Message}");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    public async ValueTask DisposeAsync() => await _bus.DisposeAsync();
}
