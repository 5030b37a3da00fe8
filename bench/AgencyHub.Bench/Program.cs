using AgencyHub.Bench;

// Measures (a) RabbitMQ.Client, (b) MassTransit and (c) the hub's own path on one RabbitMQ, and checks (c) against
// its targets. Run with bench/run.sh, or set AGENCYHUB_BENCH_RABBITMQ (or AGENCYHUB_TEST_RABBITMQ) yourself.

if (BenchSettings.Parse(args) is not { } settings)
{
    Console.WriteLine(BenchSettings.Usage);
    return args.Contains("--help") || args.Contains("-h") ? 0 : 1;
}
if (Broker.FromEnvironment() is not { } broker)
{
    Console.Error.WriteLine("No broker: set AGENCYHUB_BENCH_RABBITMQ or AGENCYHUB_TEST_RABBITMQ to an amqp:// URI, or run bench/run.sh.");
    return 1;
}

Console.WriteLine($"AgencyHub bench: broker {broker}, {Environment.ProcessorCount} cores, {settings.Messages} messages " +
    $"(warm-up {settings.Warmup}), {settings.Concurrency} publishes in flight for a/b, {settings.HubConcurrency} posts in flight " +
    $"for c max, hub log level {settings.HostLogLevel}");

var results = new Dictionary<char, LatencyStats[]>();
if (settings.Runs('a'))
{
    Console.WriteLine("(a) RabbitMQ.Client ...");
    results['a'] = [await new RawRabbitMqBenchmark(broker, settings).Run()];
}
if (settings.Runs('b'))
{
    Console.WriteLine("(b) MassTransit ...");
    results['b'] = [await new MassTransitBenchmark(broker, settings).Run()];
}
if (settings.Runs('c'))
{
    Console.WriteLine("(c) hub path ...");
    var database = Environment.GetEnvironmentVariable("AGENCYHUB_TEST_POSTGRES")
        ?? throw new InvalidOperationException("No PostgreSQL for (c): run bench/run.sh, which starts one.");
    var (atRate, max) = await new HubPathBenchmark(broker, database, settings).Run();
    results['c'] = [atRate, max];
}

Console.WriteLine();
Console.WriteLine($"{"Scenario",-36} {"Messages",9} {"msg/s",9} {"p50 ms",9} {"p95 ms",9} {"p99 ms",9} {"max ms",9} {"missing",8}");
foreach (var row in results.Values.SelectMany(r => r))
    Console.WriteLine($"{row.Name,-36} {row.Messages,9} {row.Throughput,9:F0} {row.P50,9:F1} {row.P95,9:F1} {row.P99,9:F1} {row.Max,9:F1} {row.Missing,8}");

var exitCode = 0;
if (results.TryGetValue('c', out var hub))
{
    var (steady, max) = (hub[0], hub[1]);
    Console.WriteLine();
    if (results.TryGetValue('a', out var a))
        Console.WriteLine($"c/a throughput: {max.Throughput / a[0].Throughput:P1} (c max {max.Throughput:F0} / a {a[0].Throughput:F0} msg/s)");
    if (results.TryGetValue('b', out var b))
        Console.WriteLine($"c/b throughput: {max.Throughput / b[0].Throughput:P1} (c max {max.Throughput:F0} / b {b[0].Throughput:F0} msg/s)");

    Console.WriteLine();
    var latencyPass = steady.Missing == 0 && steady.P99 < 500;
    Console.WriteLine($"(c) p99 < 500 ms at {settings.Rate:F0} receptions/s: {(latencyPass ? "PASS" : "FAIL")} " +
        $"(p99 {steady.P99:F1} ms, {steady.Missing} alerts missing)");
    if (!latencyPass) exitCode = 2;
    if (b is not null)
    {
        var throughputPass = max.Missing == 0 && max.Throughput >= 0.3 * b[0].Throughput;
        Console.WriteLine($"(c) throughput >= 30% of (b): {(throughputPass ? "PASS" : "FAIL")} " +
            $"({max.Throughput:F0} vs 30% of {b[0].Throughput:F0} = {0.3 * b[0].Throughput:F0} msg/s)");
        if (!throughputPass) exitCode = 2;
    }
}
if (settings.Quick)
    Console.WriteLine("(--quick: too few messages for steady throughput; a smoke run, not a measurement)");
return exitCode;
