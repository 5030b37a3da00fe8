using System.Diagnostics;
using MassTransit;
using Npgsql;

namespace AgencyHub.Bench;

/// <summary>The message of benchmark (f): its index, when its publish started, and the row it updates.</summary>
public sealed record BenchDurablePing(int Index, long StartedAt, int Row);

/// <summary>
/// (f) What one durable hop costs on this machine: MassTransit on RabbitMQ as in (b), and a consumer that, per message,
/// runs one PostgreSQL transaction inserting an inbox row for the message's id and updating one row, with Npgsql and
/// nothing else. Every hop of the hub's path does at least this much; c/f says how many such hops the path costs.
/// </summary>
public sealed class DurableHopBenchmark(Broker broker, string database, BenchSettings settings)
{
    public const string Queue = "bench-durable-hop";

    // As many rows as messages in flight, so transactions rarely wait for each other's row lock, as the hub's rarely do.
    const int Rows = 64;

    Timings _current = new(0);

    public async Task<LatencyStats> Run()
    {
        await using var data = NpgsqlDataSource.Create(database);
        await Execute(data, $"""
            CREATE TABLE inbox (message_id uuid PRIMARY KEY, received timestamptz NOT NULL);
            CREATE TABLE counters (id int PRIMARY KEY, n bigint NOT NULL);
            INSERT INTO counters SELECT g, 0 FROM generate_series(0, {Rows - 1}) g;
            """);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            broker.Configure(cfg);
            cfg.ReceiveEndpoint(Queue, endpoint =>
            {
                endpoint.PurgeOnStartup = true;
                endpoint.Handler<BenchDurablePing>(async context =>
                {
                    await Consume(data, context.MessageId!.Value, context.Message.Row, context.CancellationToken);
                    Volatile.Read(ref _current).Receive(context.Message.Index, context.Message.StartedAt);
                });
            });
        });
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        try
        {
            await Round(bus, settings.Warmup);
            return LatencyStats.From("f  one durable hop", await Round(bus, settings.Messages));
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    static async Task Consume(NpgsqlDataSource data, Guid messageId, int row, CancellationToken cancellationToken)
    {
        await using var connection = await data.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("INSERT INTO inbox VALUES ($1, now())") { Parameters = { new() { Value = messageId } } },
                new NpgsqlBatchCommand("UPDATE counters SET n = n + 1 WHERE id = $1") { Parameters = { new() { Value = row } } },
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    async Task<Timings> Round(IBus bus, int count)
    {
        var timings = new Timings(count);
        Volatile.Write(ref _current, timings);
        await Load.Bounded(count, settings.Concurrency, i => bus.Publish(new BenchDurablePing(i, Stopwatch.GetTimestamp(), i % Rows)));
        if (!await timings.WaitForAll(settings.DrainTimeout))
            Console.Error.WriteLine($"(f) {count - timings.ReceivedCount} of {count} messages did not arrive");
        return timings;
    }

    static async Task Execute(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
