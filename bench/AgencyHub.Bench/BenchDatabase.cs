using Npgsql;

namespace AgencyHub.Bench;

/// <summary>
/// An empty PostgreSQL database for one scenario, dropped afterwards: every run starts from the same empty tables
/// (and indexes), however many runs went before on the same server.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    readonly string _server;
    readonly string _name;

    BenchDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Npgsql connection string of the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// Creates a database on the server AGENCYHUB_BENCH_POSTGRES, else AGENCYHUB_TEST_POSTGRES, names (an Npgsql
    /// connection string whose role may create databases).
    /// </summary>
    public static async Task<BenchDatabase> Create()
    {
        var server = new[] { "AGENCYHUB_BENCH_POSTGRES", "AGENCYHUB_TEST_POSTGRES" }
            .Select(Environment.GetEnvironmentVariable)
            .FirstOrDefault(value => !string.IsNullOrEmpty(value))
            ?? throw new InvalidOperationException("No PostgreSQL: run bench/run.sh, which starts one, or set AGENCYHUB_BENCH_POSTGRES.");
        var database = new BenchDatabase(server, $"agencyhub_bench_{Guid.NewGuid():N}");
        await database.Execute($"CREATE DATABASE {database._name}");
        return database;
    }

    /// <summary>
    /// <paramref name="connectionString"/> as the host role <paramref name="role"/> (made by deploy/postgres/setup-roles.sh,
    /// with the password in AGENCYHUB_BENCH_DATABASE_PASSWORD, else AGENCYHUB_TEST_DATABASE_PASSWORD).
    /// </summary>
    public static string ConnectionAs(string connectionString, string role) =>
        new NpgsqlConnectionStringBuilder(connectionString)
        {
            Username = role,
            Password = new[] { "AGENCYHUB_BENCH_DATABASE_PASSWORD", "AGENCYHUB_TEST_DATABASE_PASSWORD" }.Select(Environment.GetEnvironmentVariable)
                .FirstOrDefault(value => !string.IsNullOrEmpty(value))
                ?? throw new InvalidOperationException("The hub's hosts connect as their own database roles: run bench/run.sh, which makes " +
                    "them, or run deploy/postgres/setup-roles.sh --password P on your server and set AGENCYHUB_BENCH_DATABASE_PASSWORD=P."),
        }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        // The hosts' pooled connections to it would keep it open.
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
                return;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                // A server process of another role (an autovacuum worker after a write-heavy scenario) is still in it, and
                // this role may not end it: it finishes by itself. A database left behind costs only disk.
                if (attempt == 10)
                {
                    Console.Error.WriteLine($"    could not drop {_name}: {exception.MessageText}; left in place");
                    return;
                }
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
