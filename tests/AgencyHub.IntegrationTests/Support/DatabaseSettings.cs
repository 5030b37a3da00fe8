using Npgsql;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>
/// The PostgreSQL the tests run on: the private server ./test.sh starts and announces in
/// <c>AGENCYHUB_TEST_POSTGRES</c> (an Npgsql connection string). Each fixture gets a database of its own.
/// </summary>
public static class DatabaseSettings
{
    public const string Variable = "AGENCYHUB_TEST_POSTGRES";

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
}
