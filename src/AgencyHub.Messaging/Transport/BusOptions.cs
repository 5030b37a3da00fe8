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
}
