using AgencyHub.Persistence;
using AgencyHub.Persistence.Database;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgencyHub.Tests.Persistence;

public sealed class SchemaMigrationTests
{
    [Fact]
    public async Task The_migrations_create_every_table_and_column_of_the_model()
    {
        await using var provider = Services(TestDatabase.NewSqliteFile());
        await provider.GetRequiredService<SchemaMigration>().Apply(CancellationToken.None);
        await using var db = await provider.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContextAsync();

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name, \"notnull\" FROM pragma_table_info('{table}')";
            var columns = new Dictionary<string, bool>();
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync()) columns[reader.GetString(0)] = reader.GetInt64(1) == 0;

            var expected = entity.GetProperties().ToDictionary(p => p.GetColumnName(), p => p.IsNullable);
            Assert.True(columns.Count > 0, $"table {table} is missing");
            Assert.Equal(expected.OrderBy(c => c.Key), columns.OrderBy(c => c.Key));
        }
    }

    [Fact]
    public async Task Migrating_again_changes_nothing()
    {
        await using var provider = Services(TestDatabase.NewSqliteFile());
        var migration = provider.GetRequiredService<SchemaMigration>();
        await migration.Apply(CancellationToken.None);
        await migration.Apply(CancellationToken.None);

        await using var db = await provider.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task A_host_told_not_to_migrate_leaves_the_schema_alone()
    {
        var configuration = Configuration(TestDatabase.NewSqliteFile(), ("Persistence:MigrateOnStart", "false"));
        var services = new ServiceCollection().AddLogging().AddHubPersistence(configuration);
        await using var provider = services.BuildServiceProvider();

        Assert.DoesNotContain(provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>(), s => s is SchemaMigration);
    }

    static ServiceProvider Services(string connectionString) =>
        new ServiceCollection().AddSingleton(NullLoggerFactory.Instance).AddLogging()
            .AddHubPersistence(Configuration(connectionString)).BuildServiceProvider();

    static IConfiguration Configuration(string connectionString, params (string Key, string Value)[] more) =>
        new ConfigurationBuilder().AddInMemoryCollection(
            new[] { new KeyValuePair<string, string?>("Persistence:ConnectionString", connectionString) }
                .Concat(more.Select(m => new KeyValuePair<string, string?>(m.Key, m.Value)))).Build();
}
