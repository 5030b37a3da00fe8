using AgencyHub.Persistence;
using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Tests.Support;

/// <summary>Throwaway databases for tests.</summary>
public static class TestDatabase
{
    static readonly string Folder = Path.Combine(Path.GetTempPath(), "agencyhub-tests");

    /// <summary>A connection string to a new, empty SQLite file of its own.</summary>
    public static string NewSqliteFile()
    {
        Directory.CreateDirectory(Folder);
        return $"Data Source={Path.Combine(Folder, $"{Guid.NewGuid():N}.db")}";
    }

    /// <summary>The hub's persistence services on a new SQLite file with the schema applied, and any other <paramref name="settings"/>.</summary>
    public static async Task<ServiceProvider> NewMigrated(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            [new KeyValuePair<string, string?>("Persistence:ConnectionString", NewSqliteFile()),
                .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))]).Build();
        var provider = new ServiceCollection().AddLogging().AddHubPersistence(configuration).BuildServiceProvider();
        await provider.GetRequiredService<SchemaMigration>().Apply(CancellationToken.None);
        return provider;
    }

    /// <summary>A new context on <paramref name="provider"/>'s database.</summary>
    public static Task<HubDbContext> Open(this ServiceProvider provider) =>
        provider.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContextAsync();

    /// <summary>Stores a case of scheme <paramref name="schemeCode"/>, in the community, at version 1; returns its id.</summary>
    public static async Task<Guid> StoreCase(this ServiceProvider provider, string schemeCode)
    {
        var id = Guid.NewGuid();
        await using var db = await provider.Open();
        db.Cases.Add(new PpoCase { CorrelationId = id, Version = 1, CurrentState = "InCommunity", SchemeCode = schemeCode });
        await db.SaveChangesAsync();
        return id;
    }
}
