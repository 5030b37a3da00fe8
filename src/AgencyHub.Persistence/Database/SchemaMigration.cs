using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using AgencyHub.Persistence.Roles;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Persistence.Database;

/// <summary>
/// The explicit schema step: applies the migrations in <c>Migrations/</c> that the database has not had yet. Hosts
/// starting together must apply each migration once. EF Core's own lock on PostgreSQL lasts one migration's
/// transaction only, so a host could still apply the second of two migrations another host has just applied; on
/// PostgreSQL the whole step therefore runs under a session advisory lock, and the pending migrations are read inside it.
/// There, after the migrations, the other components' <see cref="ISchemaStep"/>s run and the host roles get their
/// privileges (<see cref="RoleGrants"/>). A host connected with its own role cannot change the schema: with nothing
/// pending it has nothing to do, and with migrations pending it refuses to start, naming them.
/// </summary>
public sealed class SchemaMigration(IServiceProvider services, RoleGrants grants, ILogger<SchemaMigration> logger) : IHostedService
{
    /// <summary>Applies pending migrations to the configured database.</summary>
    public async Task Apply(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if (!db.Database.IsNpgsql())
        {
            await Migrate(db, cancellationToken);
            return;
        }
        // One connection for lock, migrations and unlock: the lock belongs to the session. A pooled connection outlives
        // its close, so the lock is released explicitly.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLock})", cancellationToken);
            try
            {
                await MigrateAsOwner(db, cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The advisory lock key of the schema step: any constant no other code of the hub's database uses.</summary>
    const long MigrationLock = 0x4167_656e_6379_4875; // "AgencyHu"

    async Task MigrateAsOwner(HubDbContext db, CancellationToken cancellationToken)
    {
        var role = await db.Database.SqlQuery<RoleInfo>(
            $"SELECT current_user::text AS \"Name\", has_schema_privilege(current_schema(), 'CREATE') AS \"MayCreate\"").SingleAsync(cancellationToken);
        if (!role.MayCreate)
        {
            if (await Pending(db, cancellationToken) is { Count: > 0 } pending)
                throw new InvalidOperationException(
                    $"The database has {pending.Count} schema migration(s) pending ({string.Join(", ", pending)}) and this host's role " +
                    $"{role.Name} may not apply them: run `migrate` as the owner role first (README, \"Database roles\").");
            return;
        }
        await Migrate(db, cancellationToken);
        foreach (var step in services.GetServices<ISchemaStep>()) await step.Apply(cancellationToken);
        await grants.Apply(db, cancellationToken);
    }

    async Task Migrate(HubDbContext db, CancellationToken cancellationToken)
    {
        var pending = await Pending(db, cancellationToken);
        if (db.Database.IsSqlite())
            // Readers do not block the one writer, and a commit survives a crash of the process.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        if (pending.Count == 0) return;
        logger.LogInformation("Applying {Count} schema migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);
    }

    static async Task<List<string>> Pending(HubDbContext db, CancellationToken cancellationToken) =>
        // A new database has no history table yet; asking it for applied migrations would log a failed query.
        await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken)
            ? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList()
            : db.Database.GetMigrations().ToList();

    sealed record RoleInfo(string Name, bool MayCreate);

    /// <inheritdoc />
    Task IHostedService.StartAsync(CancellationToken cancellationToken) => Apply(cancellationToken);

    /// <inheritdoc />
    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
