using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Transport;
using RabbitMQ.Client;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>
/// The RabbitMQ the tests run on: the private broker ./test.sh starts and announces in
/// <c>AGENCYHUB_TEST_RABBITMQ=amqp://guest:guest@127.0.0.1:PORT/</c> (and <c>AGENCYHUB_TEST_RABBITMQ_PORT</c>), as its
/// administrator, or (<see cref="As"/>) as one of the hub's hosts.
/// </summary>
public sealed record BrokerSettings(string Host, int Port, string VirtualHost, string Username, string Password)
{
    public const string UriVariable = "AGENCYHUB_TEST_RABBITMQ";
    public const string PortVariable = "AGENCYHUB_TEST_RABBITMQ_PORT";
    public const string HostPasswordVariable = "AGENCYHUB_TEST_BROKER_PASSWORD";

    /// <summary>The hub's broker users, on their defaults.</summary>
    public static BrokerUsers Users { get; } = new();

    /// <summary>The same broker as the user a host of the hub connects as (see deploy/rabbitmq/setup-users.sh).</summary>
    public BrokerSettings As(string user) => this with
    {
        Username = user,
        Password = Environment.GetEnvironmentVariable(HostPasswordVariable) is { Length: > 0 } password
            ? password
            : throw new InvalidOperationException(
                $"{HostPasswordVariable} is not set: the hub's hosts connect as their own broker users. ./test.sh makes them on its " +
                "private broker; on your own, run deploy/rabbitmq/setup-users.sh --password P and set the variable to P."),
    };

    /// <summary>As the orchestrator.</summary>
    public BrokerSettings AsHub() => As(Users.Hub);

    /// <summary>As <paramref name="agency"/>'s adapter.</summary>
    public BrokerSettings AsAdapter(Agency agency) => As(Users.Of(agency));

    /// <summary>The broker from the environment; throws, saying how to run the tests, when there is none.</summary>
    public static BrokerSettings FromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable(UriVariable);
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidOperationException(
                $"{UriVariable} is not set, so there is no RabbitMQ for the integration tests. Run them through the test script, " +
                "which starts a private broker on 127.0.0.1 and sets it: ./test.sh --filter FullyQualifiedName~IntegrationTests " +
                "(or ./test.sh --with-servers -- dotnet test tests/AgencyHub.IntegrationTests).");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != "amqp")
            throw new InvalidOperationException($"{UriVariable} must be an amqp:// URI such as amqp://guest:guest@127.0.0.1:5679/, not '{text}'.");

        var port = uri.IsDefaultPort || uri.Port <= 0 ? 5672 : uri.Port;
        if (Environment.GetEnvironmentVariable(PortVariable) is { Length: > 0 } portText)
            port = int.TryParse(portText, out var parsed) && parsed is > 0 and < 65536
                ? parsed
                : throw new InvalidOperationException($"{PortVariable} must be a port number, not '{portText}'.");
        var user = uri.UserInfo.Split(':', 2);
        var path = uri.AbsolutePath.Trim('/');
        return new BrokerSettings(
            uri.Host,
            port,
            path.Length > 0 ? Uri.UnescapeDataString(path) : "/",
            user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : "guest",
            user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "guest");
    }

    /// <summary>The configuration that puts a host's bus on this broker.</summary>
    public Dictionary<string, string?> BusConfiguration() => new()
    {
        ["Bus:Transport"] = "RabbitMq",
        ["Bus:RabbitMq:Host"] = Host,
        ["Bus:RabbitMq:Port"] = Port.ToString(),
        ["Bus:RabbitMq:VirtualHost"] = VirtualHost,
        ["Bus:RabbitMq:Username"] = Username,
        ["Bus:RabbitMq:Password"] = Password,
    };

    /// <summary>A plain RabbitMQ client's connection factory for this broker, for looking into or clearing queues.</summary>
    public ConnectionFactory ClientFactory() => new()
    {
        HostName = Host,
        Port = Port,
        VirtualHost = VirtualHost,
        UserName = Username,
        Password = Password,
        ClientProvidedName = "AgencyHub.IntegrationTests",
    };

    /// <summary>Where, without the credentials.</summary>
    public override string ToString() => $"amqp://{Host}:{Port}/{(VirtualHost == "/" ? "" : VirtualHost)}";
}
