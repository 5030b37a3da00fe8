namespace AgencyHub.Bench;

/// <summary>What to run and how hard, from the command line.</summary>
public sealed record BenchSettings
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/AgencyHub.Bench -- [options]   (or bench/run.sh [options])
          --messages N             measured messages per scenario (default 5000)
          --quick                  smoke run: 300 messages, short warm-up
          --only abc               run only these scenarios, e.g. --only c
          --host-log-level LEVEL   log level of the hub hosts in (c) (default Warning)
        Broker: AGENCYHUB_BENCH_RABBITMQ, else AGENCYHUB_TEST_RABBITMQ (amqp://user:pass@host:port/vhost).
        (c) purges the hub's queues (hub-*, *-deliveries) before and after: give it a broker of its own.
        """;

    public int Messages { get; init; } = 5000;
    public bool Quick { get; init; }
    public int Warmup => Math.Clamp(Messages / 10, 50, 500);
    public int Concurrency { get; init; } = 20;
    public int HubConcurrency { get; init; } = 32;
    public double Rate { get; init; } = 100;
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(60);
    public string HostLogLevel { get; init; } = "Warning";
    public string Only { get; init; } = "abc";

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
                    settings = settings with { Messages = 300, Quick = true };
                    break;
                case "--only" when Value() is { Length: > 0 } only && only.All("abc".Contains):
                    settings = settings with { Only = only };
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
