using AgencyHub.Persistence;
using AgencyHub.Persistence.Database;
using AgencyHub.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>
/// The PostgreSQL the tests run on: the private server ./test.sh starts and announces in
/// <c>AGENCYHUB_TEST_POSTGRES</c> (an Npgsql connection string of the role that owns what the tests create). Each
/// fixture gets a database of its own; hosts connect to it with their own roles, made by deploy/postgres/setup-roles.sh
/// with the password in <c>AGENCYHUB_TEST_DATABASE_PASSWORD</c>.
/// </summary>
public static class DatabaseSettings
{
    public const string Variable = "AGENCYHUB_TEST_POSTGRES";
    public const string PasswordVariable = "AGENCYHUB_TEST_DATABASE_PASSWORD";

    /// <summary>Creates an empty database for one fixture and returns the settings that point a host at it.</summary>
    public static async Task<Dictionary<string, string?>> NewDatabase()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException(
                $"{Variable} is not set, so there is no PostgreSQL for the integration tests. Run them through the test script, " +
                "which starts a private server on 127.0.0.1 and sets it: ./test.sh --filter FullyQualifiedName~IntegrationTests.");
        var name = $"agencyhub_it_{Guid.NewGuid():N}";
        // Unpooled: a fault test may have restarted the server, and a pooled connection from before it would be dead.
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Postgres",
            ["Persistence:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString,
        };
    }

    /// <summary>
    /// Applies the schema to the database of <paramref name="owner"/> as its owner, as <c>migrate</c> does: migrations,
    /// the scheduler's tables and the host roles' privileges.
    /// </summary>
    public static async Task Migrate(IReadOnlyDictionary<string, string?> owner)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(owner)
            .AddInMemoryCollection([new("Persistence:ConnectionString", Unpooled(owner))]).Build();
        await using var services = new ServiceCollection().AddLogging().AddHubPersistence(configuration).AddHubScheduler(configuration)
            .BuildServiceProvider();
        await services.GetRequiredService<SchemaMigration>().Apply(CancellationToken.None);
    }

    /// <summary>A context on <paramref name="owner"/>'s database as its owner, who sees every row: for a test's own checks.</summary>
    public static HubDbContext OwnerContext(IReadOnlyDictionary<string, string?> owner)
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        PersistenceRegistration.Configure(options,
            new PersistenceOptions { Provider = DatabaseProvider.Postgres, ConnectionString = Unpooled(owner) });
        return new HubDbContext(options.Options);
    }

    // The test's own connections are not pooled: a fault test restarts the server, which would leave them dead in the pool.
    static string Unpooled(IReadOnlyDictionary<string, string?> owner) =>
        new NpgsqlConnectionStringBuilder(owner["Persistence:ConnectionString"]) { Pooling = false }.ConnectionString;

    /// <summary>The settings of <paramref name="owner"/>'s database for a host that connects as <paramref name="role"/>.</summary>
    public static Dictionary<string, string?> As(IReadOnlyDictionary<string, string?> owner, string role) =>
        new(owner)
        {
            ["Persistence:ConnectionString"] = ConnectionAs(owner, role),
            ["Persistence:MigrateOnStart"] = "false",
        };

    /// <summary>The connection string of <paramref name="owner"/>'s database as <paramref name="role"/>.</summary>
    public static string ConnectionAs(IReadOnlyDictionary<string, string?> owner, string role)
    {
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
            throw new InvalidOperationException($"{PasswordVariable} is not set: the hosts' database roles are made by ./test.sh (deploy/postgres/setup-roles.sh).");
        return new NpgsqlConnectionStringBuilder(owner["Persistence:ConnectionString"]) { Username = role, Password = password }.ConnectionString;
    }
}
