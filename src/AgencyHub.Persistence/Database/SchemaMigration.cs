using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Persistence.Database;

/// <summary>
/// The explicit schema step: applies the migrations in <c>Migrations/</c> that the database has not had yet. EF Core
/// takes a database lock while it migrates, so hosts starting together apply each migration once.
/// </summary>
public sealed class SchemaMigration(IServiceProvider services, ILogger<SchemaMigration> logger) : IHostedService
{
    /// <summary>Applies pending migrations to the configured database.</summary>
    public async Task Apply(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        // A new database has no history table yet; asking it for applied migrations would log a failed query.
        var history = db.GetService<IHistoryRepository>();
        var pending = await history.ExistsAsync(cancellationToken)
            ? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList()
            : db.Database.GetMigrations().ToList();
        if (db.Database.IsSqlite())
            // Readers do not block the one writer, and a commit survives a crash of the process.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        if (pending.Count == 0) return;
        logger.LogInformation("Applying {Count} schema migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <inheritdoc />
    Task IHostedService.StartAsync(CancellationToken cancellationToken) => Apply(cancellationToken);

    /// <inheritdoc />
    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
