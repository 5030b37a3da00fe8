using AgencyHub.Messaging.Transport;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace AgencyHub.Persistence.Database;

/// <summary>
/// A host in the Production environment refuses to start without its own credentials, naming the setting: a broker
/// password that is missing or RabbitMQ's default <c>guest</c>, or a PostgreSQL connection string with no way to
/// authenticate. No credential is in any appsettings file or image; each comes from the host's own secret.
/// </summary>
/// <remarks>The bus options and the environment are absent from a test's own services: nothing is checked there.</remarks>
public sealed class ProductionCredentials(PersistenceOptions persistence, BusOptions? bus = null, IHostEnvironment? environment = null)
    : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment?.IsProduction() != true) return Task.CompletedTask;
        if (bus is { Transport: TransportKind.RabbitMq, RabbitMq: var rabbit })
        {
            if (string.IsNullOrWhiteSpace(rabbit.Username) || rabbit.Username == "guest")
                throw Refuse("Bus:RabbitMq:Username", "this host's own broker user (see deploy/rabbitmq/setup-users.sh)");
            if (string.IsNullOrWhiteSpace(rabbit.Password) || rabbit.Password == "guest")
                throw Refuse("Bus:RabbitMq:Password", "the password of this host's broker user, from its own secret");
        }
        if (persistence.Provider == DatabaseProvider.Postgres
            && new NpgsqlConnectionStringBuilder(persistence.ConnectionString) is { Password: null or "", Passfile: null or "", SslCertificate: null or "" })
            throw Refuse("Persistence:ConnectionString", "a password (or passfile or client certificate) for the database role, from this host's own secret");
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    static InvalidOperationException Refuse(string setting, string what) =>
        new($"{setting} is missing or a default: a host in Production needs {what} (environment variable {setting.Replace(":", "__")}).");
}
