namespace AgencyHub.Messaging.Transport;

/// <summary>Configuration section <c>Bus</c>: the transport and how hard to retry a failing consumer.</summary>
public sealed class BusOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Bus";

    /// <summary><c>InMemory</c> (default) or <c>RabbitMq</c>.</summary>
    public TransportKind Transport { get; set; } = TransportKind.InMemory;

    /// <summary>RabbitMQ connection, used when <see cref="Transport"/> is <c>RabbitMq</c>.</summary>
    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>
    /// How many messages each endpoint takes from the broker at once and works on concurrently. A hub endpoint spends
    /// most of a message's time waiting on the database and the broker, so it needs many in hand to keep a core busy;
    /// MassTransit's default, sized by the processor count, starves it on a small machine.
    /// </summary>
    public int ConcurrentMessages { get; set; } = 32;

    /// <summary>How many times a failing message is retried before it goes to the endpoint's error queue.</summary>
    public int RetryLimit { get; set; } = 5;

    /// <summary>First retry delay; later retries back off exponentially up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryMinDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest delay between retries.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// After the retries in the host, how long the scheduler holds a failing message before each further round
    /// (<see cref="FailurePolicy"/>); unset: 10 seconds, 1 minute and 5 minutes, so an outage of a few minutes ends
    /// in no error queue. Set it to a comma-separated list (<c>00:00:10,00:01:00</c>), or <c>none</c>.
    /// </summary>
    public string? RedeliveryIntervals { get; set; }

    /// <summary>The delays <see cref="RedeliveryIntervals"/> names.</summary>
    public TimeSpan[] Redelivery => RedeliveryIntervals is not { } intervals ? DefaultRedelivery
        : intervals.Trim() == "none" ? []
        : [.. intervals.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Interval)];

    /// <summary>
    /// How many times the scheduler's endpoint tries a request again before its error queue, at most
    /// <see cref="RetryMaxDelay"/> apart: about ten minutes, as long as its store may be away.
    /// </summary>
    public int SchedulerRetryLimit { get; set; } = 60;

    static readonly TimeSpan[] DefaultRedelivery = [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)];

    static TimeSpan Interval(string text) =>
        TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var interval) && interval > TimeSpan.Zero
            ? interval
            : throw new FormatException($"Bus:RedeliveryIntervals: '{text}' is not a positive time span such as 00:00:10");
}
