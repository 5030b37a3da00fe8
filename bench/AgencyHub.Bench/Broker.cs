using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Transport;
using MassTransit;

namespace AgencyHub.Bench;

/// <summary>The RabbitMQ the benchmarks run on, from an <c>amqp://user:pass@host:port/vhost</c> URI.</summary>
public sealed record Broker(Uri Uri, string Host, int Port, string VirtualHost, string Username, string Password)
{
    /// <summary>AGENCYHUB_BENCH_RABBITMQ, else AGENCYHUB_TEST_RABBITMQ; null when neither is set.</summary>
    public static Broker? FromEnvironment() =>
        new[] { "AGENCYHUB_BENCH_RABBITMQ", "AGENCYHUB_TEST_RABBITMQ" }
            .Select(Environment.GetEnvironmentVariable)
            .FirstOrDefault(value => !string.IsNullOrEmpty(value)) is { } text ? Parse(text) : null;

    public static Broker Parse(string text)
    {
        var uri = new Uri(text);
        if (uri.Scheme != "amqp") throw new ArgumentException($"Expected an amqp:// URI, not '{uri.Scheme}://'");
        var user = uri.UserInfo.Split(':', 2);
        var path = uri.AbsolutePath.Trim('/');
        return new Broker(uri, uri.Host, uri.Port > 0 ? uri.Port : 5672,
            path.Length > 0 ? Uri.UnescapeDataString(path) : "/",
            user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : "guest",
            user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "guest");
    }

    /// <summary>The same broker as the user a host of the hub connects as (made by deploy/rabbitmq/setup-users.sh).</summary>
    public Broker As(string user) => this with
    {
        Username = user,
        Password = new[] { "AGENCYHUB_BENCH_BROKER_PASSWORD", "AGENCYHUB_TEST_BROKER_PASSWORD" }.Select(Environment.GetEnvironmentVariable)
            .FirstOrDefault(value => !string.IsNullOrEmpty(value))
            ?? throw new InvalidOperationException("The hub's hosts connect as their own broker users: run bench/run.sh, which makes " +
                "them, or run deploy/rabbitmq/setup-users.sh --password P on your broker and set AGENCYHUB_BENCH_BROKER_PASSWORD=P."),
    };

    /// <summary>As the orchestrator, whose user alone may schedule and send to the hub's queues.</summary>
    public Broker AsHub() => As(new BrokerUsers().Hub);

    /// <summary>As <paramref name="agency"/>'s adapter.</summary>
    public Broker AsAdapter(Agency agency) => As(new BrokerUsers().Of(agency));

    /// <summary>Points a bus of the bench's own at this broker as the orchestrator's user, which the hub trusts as it trusts itself.</summary>
    public void ConfigureAsHub(IRabbitMqBusFactoryConfigurator cfg)
    {
        var hub = AsHub();
        hub.Configure(cfg);
        cfg.SendAs(hub.Username);
    }

    /// <summary>Points a MassTransit bus of the bench's own at this broker.</summary>
    public void Configure(IRabbitMqBusFactoryConfigurator cfg) =>
        cfg.Host(Host, (ushort)Port, VirtualHost, host =>
        {
            host.Username(Username);
            host.Password(Password);
        });

    /// <summary>Where, without the credentials.</summary>
    public override string ToString() => $"amqp://{Host}:{Port}/{(VirtualHost == "/" ? "" : VirtualHost)}";
}
