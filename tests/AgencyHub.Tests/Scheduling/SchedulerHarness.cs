using System.Collections.Concurrent;
using AgencyHub.Messaging.Transport;
using AgencyHub.Scheduling;
using AgencyHub.Tests.Support;
using MassTransit;
using MassTransit.Scheduling;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace AgencyHub.Tests.Scheduling;

/// <summary>A probe message the scheduler sends to <see cref="SchedulerHarness.ProbeQueue"/>.</summary>
public sealed record SchedulingProbe(string Text);

/// <summary>
/// The hub's scheduler on a SQLite file and a fake clock, on MassTransit's test harness: the <c>hub-scheduler</c>
/// endpoint and a queue that receives what it sends. Time moves only when a test advances <see cref="Clock"/>.
/// </summary>
public sealed class SchedulerHarness : IAsyncDisposable
{
    public const string ProbeQueue = "hub-scheduling-probe";

    readonly ServiceProvider _provider;

    readonly ConcurrentQueue<ConsumeContext<SchedulingProbe>> _received;

    SchedulerHarness(ServiceProvider provider, FakeTimeProvider clock, ConcurrentQueue<ConsumeContext<SchedulingProbe>> received)
    {
        _received = received;
        _provider = provider;
        Clock = clock;
        Harness = provider.GetRequiredService<ITestHarness>();
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>Moves the clock on by <paramref name="by"/>, and past the offset the scheduler adds to a due time.</summary>
    public void Advance(TimeSpan by) => Clock.Advance(by + ScheduledMessageJobs.MaxOffset);

    public ITestHarness Harness { get; }

    public static Uri ProbeAddress { get; } = new($"queue:{ProbeQueue}");

    public static async Task<SchedulerHarness> Start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            [new KeyValuePair<string, string?>("Persistence:ConnectionString", TestDatabase.NewSqliteFile())]).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var received = new ConcurrentQueue<ConsumeContext<SchedulingProbe>>();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(clock);
        services.AddHubScheduler(configuration);
        services.AddAgencyHubTestBus(configuration, bus => bus.AddHubScheduler(), (context, cfg) =>
        {
            MessageSchedulerRegistration.ConfigureSchedulerEndpoint(context, cfg);
            cfg.ReceiveEndpoint(ProbeQueue, endpoint => endpoint.Handler<SchedulingProbe>(probe =>
            {
                received.Enqueue(probe);
                return Task.CompletedTask;
            }));
        });
        var harness = new SchedulerHarness(services.BuildServiceProvider(validateScopes: true), clock, received);
        await harness.Harness.Start();
        return harness;
    }

    /// <summary>The scheduler of the shard that owns <paramref name="tokenId"/>.</summary>
    public IScheduler SchedulerOf(Guid tokenId) => _provider.GetRequiredService<SchedulerShards>().For(tokenId);

    /// <summary>Asks the scheduler, as MassTransit's <c>ScheduleSend</c> does, to send a probe at <paramref name="dueAt"/> under <paramref name="tokenId"/>.</summary>
    public async Task Schedule(Guid tokenId, DateTimeOffset dueAt, SchedulingProbe probe)
    {
        await Request(tokenId, dueAt, probe, ProbeAddress);
        // Stored, or already sent: one due already may fire and leave the store before a look would find it.
        var store = SchedulerOf(tokenId);
        await Poll.Until(async () => await store.Exists(ScheduledJobKeys.Trigger(tokenId)) || Received.Any(m => m.Message == probe),
            () => $"the trigger of {tokenId} to be stored");
    }

    /// <summary>Sends the scheduler a request to send <paramref name="probe"/> to <paramref name="destination"/>, and returns at once.</summary>
    public async Task Request(Guid tokenId, DateTimeOffset dueAt, SchedulingProbe probe, Uri destination)
    {
        var scheduler = await Harness.Bus.GetSendEndpoint(SchedulerQueue.Address);
        await scheduler.Send<ScheduleMessage>(new
        {
            CorrelationId = tokenId,
            ScheduledTime = dueAt.UtcDateTime,
            PayloadType = new[] { MessageUrn.ForTypeString<SchedulingProbe>() },
            Destination = destination,
            Payload = probe,
        });
    }

    /// <summary>Cancels the token, as MassTransit's <c>CancelScheduledSend</c> does, and waits until its trigger is gone.</summary>
    public async Task Cancel(Guid tokenId)
    {
        var scheduler = await Harness.Bus.GetSendEndpoint(SchedulerQueue.Address);
        await scheduler.Send<CancelScheduledMessage>(new { CorrelationId = NewId.NextGuid(), TokenId = tokenId, Timestamp = DateTime.UtcNow });
        await Harness.Consumed.Any<CancelScheduledMessage>(m => m.Context.Message.TokenId == tokenId);
        var store = SchedulerOf(tokenId);
        await Poll.Until(async () => !await store.Exists(ScheduledJobKeys.Trigger(tokenId)), () => $"the trigger of {tokenId} to be deleted");
    }

    /// <summary>The probes received so far.</summary>
    public IReadOnlyList<ConsumeContext<SchedulingProbe>> Received => [.. _received];

    /// <summary>Waits until a probe with <paramref name="text"/> has been received.</summary>
    public Task WaitForProbe(string text) => Poll.Until(() => Received.Any(m => m.Message.Text == text), () => $"the probe '{text}'");

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
