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

    /// <summary>How many times a failing message is retried before it goes to the endpoint's error queue.</summary>
    public int RetryLimit { get; set; } = 5;

    /// <summary>First retry delay; later retries back off exponentially up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryMinDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest delay between retries.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);
}
