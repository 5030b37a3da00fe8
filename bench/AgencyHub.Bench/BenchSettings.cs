namespace AgencyHub.Bench;

/// <summary>What to run and how hard, from the command line.</summary>
public sealed record BenchSettings
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/AgencyHub.Bench -- [options]   (or bench/run.sh [options])
          --messages N             measured messages per scenario (default 5000)
          --quick                  smoke run: 300 messages, short warm-up
          --only abcdefg           run only these scenarios, e.g. --only e
          --cases N                PPO cases in the store for (g), the dashboard's pages (default 10000)
          --pending N              deadlines pending in the scheduler's store in (e) (default 100000)
          --due-batch N            deadlines of (e) falling due at the same instant (default 1000)
          --saga-rate N            saga events per second in the steady phase of (d) (default 500)
          --race-every N           in (d), every Nth event is followed at once by a selection update for the
                                   same person, racing it for the case (default 200; 0: never)
          --host-log-level LEVEL   log level of the hub hosts in (c) and (d) (default Warning)
          --host-setting KEY=VALUE configuration of the hub hosts in (c) and (d), e.g. Bus:RetryMinDelay=00:00:00.020
                                   (repeatable; for finding where the time goes)
        Broker: AGENCYHUB_BENCH_RABBITMQ, else AGENCYHUB_TEST_RABBITMQ (amqp://user:pass@host:port/vhost).
        PostgreSQL for (c) to (g): AGENCYHUB_TEST_POSTGRES, whose role may create databases: each scenario gets a
        new database, dropped afterwards.
        (c) and (d) purge the hub's queues (hub-*, *-deliveries) before and after: give them a broker of their own.
        """;

    public int Messages { get; init; } = 5000;
    public bool Quick { get; init; }
    public int Warmup => Math.Clamp(Messages / 10, 50, 500);

    /// <summary>
    /// How long (d) warms up at its rate: the runtime goes on compiling the hub's hot paths for about half a minute
    /// of load, using most of a core meanwhile.
    /// </summary>
    public TimeSpan WarmupTime => Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(40);
    public int Concurrency { get; init; } = 20;
    public int HubConcurrency { get; init; } = 32;
    public double Rate { get; init; } = 100;

    /// <summary>The second steady rate of (c), where its p99 is to stay under half a second.</summary>
    public double HighRate { get; init; } = 250;
    public double SagaRate { get; init; } = 500;
    public int RaceEvery { get; init; } = 200;
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(60);
    public string HostLogLevel { get; init; } = "Warning";
    public IReadOnlyDictionary<string, string?> HostSettings { get; init; } = new Dictionary<string, string?>();
    public string Only { get; init; } = "abcdefg";

    /// <summary>PPO cases in the store while (g) measures the dashboard's pages.</summary>
    public int DashboardCases { get; init; } = 10_000;

    /// <summary>Deadlines pending in the scheduler's store while (e)'s batch falls due.</summary>
    public int PendingDeadlines { get; init; } = 100_000;

    /// <summary>
    /// Deadlines of (e) due at the same instant: a thousand is what a mass event might bring (every case of a prison's
    /// release day, say, at the stroke of a deadline), a burst far beyond the hub's steady deadline rate.
    /// </summary>
    public int DueBatch { get; init; } = 1000;

    public bool Runs(char scenario) => Only.Contains(scenario);

    /// <summary>The settings <paramref name="args"/> ask for; null when they are not understood.</summary>
    public static BenchSettings? Parse(string[] args)
    {
        var settings = new BenchSettings();
        for (var i = 0; i < args.Length; i++)
        {
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--messages" when int.TryParse(Value(), out var n) && n > 0:
                    settings = settings with { Messages = n };
                    break;
                case "--quick":
                    settings = settings with { Messages = 300, Quick = true, PendingDeadlines = 5000, DueBatch = 300, DashboardCases = 1000 };
                    break;
                case "--only" when Value() is { Length: > 0 } only && only.All("abcdefg".Contains):
                    settings = settings with { Only = only };
                    break;
                case "--cases" when int.TryParse(Value(), out var cases) && cases > 0:
                    settings = settings with { DashboardCases = cases };
                    break;
                case "--pending" when int.TryParse(Value(), out var pending) && pending >= 0:
                    settings = settings with { PendingDeadlines = pending };
                    break;
                case "--due-batch" when int.TryParse(Value(), out var batch) && batch > 0:
                    settings = settings with { DueBatch = batch };
                    break;
                case "--saga-rate" when double.TryParse(Value(), out var rate) && rate > 0:
                    settings = settings with { SagaRate = rate };
                    break;
                case "--race-every" when int.TryParse(Value(), out var every) && every >= 0:
                    settings = settings with { RaceEvery = every };
                    break;
                case "--host-setting" when Value()?.Split('=', 2) is [{ Length: > 0 } key, var value]:
                    settings = settings with { HostSettings = new Dictionary<string, string?>(settings.HostSettings) { [key] = value } };
                    break;
                case "--host-log-level" when Value() is { Length: > 0 } level:
                    settings = settings with { HostLogLevel = level };
                    break;
                default:
                    return null;
            }
        }
        return settings;
    }
}
