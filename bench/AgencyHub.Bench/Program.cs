using AgencyHub.Bench;

// Measures (a) RabbitMQ.Client, (b) MassTransit, (c) the hub's own path, (d) the PPO case saga, (e) the message
// scheduler and (f) one durable hop on one RabbitMQ (and, for (c) to (f), PostgreSQL), and (g) the dashboard's pages
// (the dashboard's own host on PostgreSQL, the all-in-one host on SQLite), and checks (c) to (e) and (g) against their
// targets. Run with bench/run.sh, or set AGENCYHUB_BENCH_RABBITMQ and AGENCYHUB_BENCH_POSTGRES yourself.

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
    $"(warm-up {settings.Warmup}), {settings.Concurrency} publishes in flight for a/b, {settings.HubConcurrency} in flight " +
    $"for c/d max, {settings.SagaRate:F0} saga events/s for d (a race every {settings.RaceEvery}), hub log level {settings.HostLogLevel}" +
    string.Concat(settings.HostSettings.Select(setting => $", {setting.Key}={setting.Value}")));

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
if (settings.Runs('f'))
{
    Console.WriteLine("(f) one durable hop on PostgreSQL ...");
    await using var database = await BenchDatabase.Create();
    results['f'] = [await new DurableHopBenchmark(broker, database.ConnectionString, settings).Run()];
}
if (settings.Runs('c'))
{
    Console.WriteLine("(c) hub path ...");
    await using var database = await BenchDatabase.Create();
    var (atRate, atHighRate, max) = await new HubPathBenchmark(broker, database.ConnectionString, settings).Run();
    results['c'] = [atRate, atHighRate, max];
}
if (settings.Runs('d'))
{
    Console.WriteLine("(d) PPO case saga on PostgreSQL ...");
    await using var database = await BenchDatabase.Create();
    var (atRate, max) = await new PpoCaseSagaBenchmark(broker, database.ConnectionString, settings).Run();
    results['d'] = [atRate, max];
}
SchedulerMemory[]? schedulerMemory = null;
if (settings.Runs('e'))
{
    Console.WriteLine($"(e) message scheduler on PostgreSQL, {settings.PendingDeadlines} pending ...");
    await using var database = await BenchDatabase.Create();
    var (lateness, empty, pending) = await new SchedulerBenchmark(broker, database.ConnectionString, settings).Run();
    results['e'] = [lateness];
    schedulerMemory = [empty, pending];
}
List<PageTimes>? pageTimes = null;
if (settings.Runs('g'))
{
    Console.WriteLine($"(g) dashboard pages, {settings.DashboardCases} cases ...");
    var dashboard = new DashboardPagesBenchmark(broker, settings);
    pageTimes = [.. await dashboard.OnPostgres(), .. await dashboard.OnSqlite()];
}

Console.WriteLine();
Console.WriteLine($"{"Scenario",-36} {"Messages",9} {"msg/s",9} {"p50 ms",9} {"p95 ms",9} {"p99 ms",9} {"max ms",9} {"missing",8}");
foreach (var row in results.Values.SelectMany(r => r))
    Console.WriteLine($"{row.Name,-36} {row.Messages,9} {row.Throughput,9:F0} {row.P50,9:F1} {row.P95,9:F1} {row.P99,9:F1} {row.Max,9:F1} {row.Missing,8}");

var exitCode = 0;
if (results.TryGetValue('c', out var hub))
{
    var (steady, high, max) = (hub[0], hub[1], hub[2]);
    Console.WriteLine();
    if (results.TryGetValue('a', out var a))
        Console.WriteLine($"c/a throughput: {max.Throughput / a[0].Throughput:P1} (c max {max.Throughput:F0} / a {a[0].Throughput:F0} msg/s)");
    if (results.TryGetValue('b', out var b))
        Console.WriteLine($"c/b throughput: {max.Throughput / b[0].Throughput:P1} (c max {max.Throughput:F0} / b {b[0].Throughput:F0} msg/s)");
    if (results.TryGetValue('f', out var f))
        Console.WriteLine($"c/f throughput: {max.Throughput / f[0].Throughput:P1} (c max {max.Throughput:F0} / f {f[0].Throughput:F0} msg/s)");

    Console.WriteLine();
    foreach (var (phase, rate, bound) in new[] { (steady, settings.Rate, 100), (high, settings.HighRate, 500) })
    {
        var latencyPass = phase.Missing == 0 && phase.P99 < bound;
        Console.WriteLine($"(c) p99 < {bound} ms at {rate:F0} receptions/s: {(latencyPass ? "PASS" : "FAIL")} " +
            $"(p99 {phase.P99:F1} ms, {phase.Missing} alerts missing)");
        if (!latencyPass) exitCode = 2;
    }
    if (b is not null)
    {
        var throughputPass = max.Missing == 0 && max.Throughput >= 0.25 * b[0].Throughput;
        Console.WriteLine($"(c) throughput >= 25% of (b): {(throughputPass ? "PASS" : "FAIL")} " +
            $"({max.Throughput:F0} vs 25% of {b[0].Throughput:F0} = {0.25 * b[0].Throughput:F0} msg/s)");
        if (!throughputPass) exitCode = 2;
    }
}
if (results.TryGetValue('d', out var saga))
{
    var steady = saga[0];
    // Sustained: offered at the target rate or more, the last event done within 250 ms of the schedule's end.
    var kept = settings.SagaRate >= 500 && steady.Throughput >= steady.Messages / (steady.Messages / settings.SagaRate + 0.25);
    var pass = kept && steady.Missing == 0 && steady.P99 < 250;
    Console.WriteLine();
    Console.WriteLine($"(d) >= 500 saga events/s sustained with p99 < 250 ms: {(pass ? "PASS" : "FAIL")} " +
        $"(offered {settings.SagaRate:F0}/s, done {steady.Throughput:F0}/s, p99 {steady.P99:F1} ms, {steady.Missing} missing; " +
        $"max {saga[1].Throughput:F0}/s)");
    if (!pass) exitCode = 2;
}
if (results.TryGetValue('e', out var scheduled) && schedulerMemory is [var before, var withPending])
{
    var lateness = scheduled[0];
    var pass = lateness.Missing == 0 && lateness.P99 < 2000;
    Console.WriteLine();
    Console.WriteLine($"(e) p99 lateness < 2 s, {settings.DueBatch} due at once with {settings.PendingDeadlines} pending: {(pass ? "PASS" : "FAIL")} " +
        $"(p50 {lateness.P50:F0} ms, p99 {lateness.P99:F0} ms, max {lateness.Max:F0} ms, {lateness.Throughput:F0} fires/s, {lateness.Missing} missing; " +
        $"host before {before}, with {settings.PendingDeadlines} pending {withPending})");
    if (!pass) exitCode = 2;
}
if (pageTimes is not null)
{
    Console.WriteLine();
    Console.WriteLine($"{"(g) Page",-38} {"Store",-11} {"KiB",7} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
    foreach (var page in pageTimes)
        Console.WriteLine($"{page.Page,-38} {page.Store,-11} {page.Bytes / 1024.0,7:F0} {page.P50,8:F1} {page.P95,8:F1} {page.Max,8:F1}");
    var slowest = pageTimes.MaxBy(p => p.P95)!;
    var pass = slowest.P95 < 300;
    Console.WriteLine($"(g) every page p95 < 300 ms with {settings.DashboardCases} cases: {(pass ? "PASS" : "FAIL")} " +
        $"(slowest: {slowest.Page} on {slowest.Store}, p95 {slowest.P95:F1} ms)");
    if (!pass) exitCode = 2;
}
if (settings.Quick)
    Console.WriteLine("(--quick: too few messages for steady throughput; a smoke run, not a measurement)");
return exitCode;
