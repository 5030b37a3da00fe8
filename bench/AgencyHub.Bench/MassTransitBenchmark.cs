using System.Diagnostics;
using MassTransit;

namespace AgencyHub.Bench;

/// <summary>The small message of benchmark (b): its index and when its publish started.</summary>
public sealed record BenchPing(int Index, long StartedAt);

/// <summary>
/// (b) MassTransit on RabbitMQ with its defaults (publisher confirms, persistent messages, default prefetch):
/// a bus of its own publishing <see cref="BenchPing"/> to one receive endpoint.
/// </summary>
public sealed class MassTransitBenchmark(Broker broker, BenchSettings settings)
{
    public const string Queue = "bench-masstransit";

    Timings _current = new(0);

    public async Task<LatencyStats> Run()
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            broker.Configure(cfg);
            cfg.ReceiveEndpoint(Queue, endpoint =>
            {
                endpoint.PurgeOnStartup = true;
                endpoint.Handler<BenchPing>(context =>
                {
                    Volatile.Read(ref _current).Receive(context.Message.Index, context.Message.StartedAt);
                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        try
        {
            await Round(bus, settings.Warmup);
            return LatencyStats.From("b  MassTransit", await Round(bus, settings.Messages));
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    async Task<Timings> Round(IBus bus, int count)
    {
        var timings = new Timings(count);
        Volatile.Write(ref _current, timings);
        await Load.Bounded(count, settings.Concurrency, i => bus.Publish(new BenchPing(i, Stopwatch.GetTimestamp())));
        if (!await timings.WaitForAll(settings.DrainTimeout))
            Console.Error.WriteLine($"(b) {count - timings.ReceivedCount} of {count} messages did not arrive");
        return timings;
    }
}
