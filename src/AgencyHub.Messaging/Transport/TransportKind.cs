namespace AgencyHub.Messaging.Transport;

/// <summary>Which message broker the bus runs on.</summary>
public enum TransportKind
{
    /// <summary>MassTransit's in-process transport: the all-in-one host's embedded default and fast tests.</summary>
    InMemory,
    /// <summary>RabbitMQ: every real deployment, where adapters run as separate hosts.</summary>
    RabbitMq,
}
