using RabbitMQ.Client;

namespace AgencyHub.Messaging.Transport;

/// <summary>Configuration section <c>Bus:RabbitMq</c>.</summary>
public sealed class RabbitMqOptions
{
    /// <summary>Broker host name.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>AMQP port; 5672, or 5671 with TLS.</summary>
    public int Port { get; set; } = 5672;

    /// <summary>Virtual host.</summary>
    public string VirtualHost { get; set; } = "/";

    /// <summary>User name.</summary>
    public string Username { get; set; } = "guest";

    /// <summary>Password. Supply it through the environment (<c>Bus__RabbitMq__Password</c>), not a file.</summary>
    public string Password { get; set; } = "guest";

    /// <summary>Connect over TLS.</summary>
    public bool UseTls { get; set; }

    /// <summary>The name on the broker's certificate when it differs from <see cref="Host"/>.</summary>
    public string? TlsServerName { get; set; }

    /// <summary>
    /// With <see cref="UseTls"/>: a client certificate (PKCS #12 file) the host presents to the broker, for brokers that
    /// require one; its password in <see cref="TlsClientCertificatePassword"/>. Unset: none.
    /// </summary>
    public string? TlsClientCertificatePath { get; set; }

    /// <summary>The password of <see cref="TlsClientCertificatePath"/>; pass it through the environment.</summary>
    public string? TlsClientCertificatePassword { get; set; }

    /// <summary>
    /// A RabbitMQ.Client connection to this broker as this host's user, TLS as configured: for the few things the host
    /// asks of the broker outside MassTransit (declaring queues, measuring them).
    /// </summary>
    public ConnectionFactory ConnectionFactory(string? clientName = null) => new()
    {
        HostName = Host, Port = Port, VirtualHost = VirtualHost, UserName = Username, Password = Password,
        ClientProvidedName = clientName,
        Ssl = new SslOption(TlsServerName ?? Host, TlsClientCertificatePath ?? "", UseTls) { CertPassphrase = TlsClientCertificatePassword },
    };

    /// <summary>
    /// The kind of every durable queue the hosts declare, their error and skipped queues included: <c>Quorum</c>
    /// (default: replicated across the broker's cluster, with <see cref="DeliveryLimit"/>) or <c>Classic</c> (one node's,
    /// for a broker that cannot run quorum queues). A queue keeps the kind it was declared with: changing this for a
    /// running hub means draining and deleting its queues first (docs/operations.md).
    /// </summary>
    public QueueKind QueueKind { get; set; } = QueueKind.Quorum;

    /// <summary>
    /// On quorum queues, how many times the broker hands out one message (a host that crashes or loses its connection
    /// while holding it gives it back) before it dead-letters the message to the queue's error queue, so a message that
    /// brings its consumer down cannot take turns with the others forever. Retries inside a host do not count.
    /// </summary>
    public int DeliveryLimit { get; set; } = 20;

    /// <summary>The broker users of the hub's hosts, by which the hub knows who sent what.</summary>
    public BrokerUsers Users { get; set; } = new();
}
