using System.Diagnostics;
using AgencyHub.Messaging.Transport;
using AgencyHub.Orchestrator;
using AgencyHub.Scheduling;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgencyHub.Bench;

/// <summary>A deadline of (e): its index in the batch and its due time as a <see cref="Stopwatch"/> timestamp.</summary>
public sealed record BenchDeadline(int Index, long DueAt);

/// <summary>
/// (e) The message scheduler on PostgreSQL: the orchestrator in process with <see cref="BenchSettings.PendingDeadlines"/>
/// deadlines pending in its Quartz store (due long after the run), and a batch of
/// <see cref="BenchSettings.DueBatch"/> more, scheduled through the bus as sagas schedule them, all due at the same
/// instant. Each is timed from its due time until it arrives at the bench's consumer (its lateness); the host's memory is
/// taken with everything pending, before the batch falls due. A first batch of the same size, not measured, warms the
/// host up: a fresh process spends its first burst compiling the firing path (the runtime's tiered compiler took a
/// quarter of the CPU through it), which a host that has run for a while has done.
/// </summary>
public sealed class SchedulerBenchmark(Broker broker, string database, BenchSettings settings)
{
    // The scheduler sends only to the hub's own queues.
    public const string Queue = "hub-bench-deadlines";

    /// <summary>How far ahead the batch falls due: time enough to schedule it all through the bus first.</summary>
    static readonly TimeSpan Lead = TimeSpan.FromSeconds(20);

    readonly HubHosts _hosts = new(broker, database, settings);

    public async Task<(LatencyStats Lateness, SchedulerMemory Empty, SchedulerMemory Pending)> Run()
    {
        await _hosts.PurgeQueues();
        await _hosts.Migrate();
        var orchestrator = OrchestratorHost.Create([], _hosts.ConfigureOrchestrator);
        await HubHosts.Start(orchestrator);
        var warmup = new Timings(settings.DueBatch);
        var timings = new Timings(settings.DueBatch);
        var current = warmup;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            broker.ConfigureAsHub(cfg);
            cfg.ReceiveEndpoint(Queue, endpoint =>
            {
                endpoint.PurgeOnStartup = true;
                // Messages in hand as the hub's own endpoints take them (Bus:ConcurrentMessages), rather than
                // MassTransit's default of twice the cores: the receiver stands for a hub endpoint.
                endpoint.PrefetchCount = new BusOptions().ConcurrentMessages;
                endpoint.ConcurrentMessageLimit = endpoint.PrefetchCount;
                endpoint.Handler<BenchDeadline>(context =>
                {
                    Volatile.Read(ref current).Receive(context.Message.Index, context.Message.DueAt);
                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        try
        {
            var destination = new Uri(bus.Address, Queue);
            var empty = SchedulerMemory.Measure();
            var inserting = Stopwatch.StartNew();
            await PendingDeadlines.Insert(orchestrator.Services.GetRequiredService<SchedulerShards>(), settings.PendingDeadlines, destination, orchestrator.Services.GetRequiredService<SchedulerOptions>());
            Console.WriteLine($"    stored {settings.PendingDeadlines} pending deadlines in {inserting.Elapsed.TotalSeconds:F1} s (setup)");
            await Analyze();

            var messages = bus.CreateMessageScheduler(SchedulerQueue.Address);
            await Batch(messages, destination, warmup, "warm-up");
            Volatile.Write(ref current, timings);
            var pending = await Batch(messages, destination, timings, "measured");
            return (LatencyStats.From($"e  scheduler, {settings.DueBatch} due at once", timings), empty, pending);
        }
        finally
        {
            await bus.StopAsync();
            await HubHosts.Stop(orchestrator);
            await _hosts.PurgeQueues();
        }
    }

    // Schedules a batch through the bus, all due at one instant once they are stored, and waits for them to arrive;
    // returns the host's memory with the batch and the pending deadlines stored.
    async Task<SchedulerMemory> Batch(IMessageScheduler messages, Uri destination, Timings timings, string name)
    {
        var dueAt = DateTimeOffset.UtcNow + Lead;
        var dueTimestamp = Stopwatch.GetTimestamp() + (long)(Lead.TotalSeconds * Stopwatch.Frequency);
        await Load.Bounded(settings.DueBatch, settings.HubConcurrency,
            i => messages.ScheduleSend(destination, dueAt.UtcDateTime, new BenchDeadline(i, dueTimestamp)));
        var total = settings.PendingDeadlines + settings.DueBatch;
        await HubHosts.Until(async () => await StoredTriggers() >= total, Lead, $"the {name} batch of {settings.DueBatch} to be stored before it falls due");
        var memory = SchedulerMemory.Measure();
        Console.WriteLine($"    {name}: {total} deadlines pending, {settings.DueBatch} due at {dueAt:HH:mm:ss.fff}; {memory}");
        if (!await timings.WaitForAll(Lead + settings.DrainTimeout))
            Console.Error.WriteLine($"(e) {name}: {settings.DueBatch - timings.ReceivedCount} of {settings.DueBatch} deadlines did not arrive");
        return memory;
    }

    // A store that has held its deadlines for a while has statistics on them (autovacuum's ANALYZE), which a database
    // filled a moment ago may not have yet: without them PostgreSQL plans Quartz's batch read of the triggers it fires
    // as a nested loop over every trigger, and the run measures that plan instead of the scheduler.
    async Task Analyze()
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    async Task<long> StoredTriggers()
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {SchedulerStore.TablePrefix}triggers", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
