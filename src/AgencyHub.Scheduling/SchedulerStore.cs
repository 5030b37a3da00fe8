using AgencyHub.Persistence.Database;
using Npgsql;
using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// Quartz's persistent job store: in the hub's own database unless <see cref="SchedulerOptions.ConnectionString"/> names
/// another, tables prefixed <c>qrtz_</c> and created at start when missing. On PostgreSQL the store is clustered, as
/// several orchestrators share it (each gets a generated instance id), and split into <see cref="SchedulerShards"/>; on
/// SQLite (one embedded host) it is neither.
/// </summary>
public sealed record SchedulerStore(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The prefix of Quartz's tables.</summary>
    public const string TablePrefix = "qrtz_";

    /// <summary>The store <paramref name="options"/> name, else the hub's database.</summary>
    public static SchedulerStore For(SchedulerOptions options, PersistenceOptions persistence) =>
        new(persistence.Provider, options.ConnectionString ?? persistence.ConnectionString);

    /// <summary>How many shards the store is split into.</summary>
    public int Shards => Provider == DatabaseProvider.Postgres ? SchedulerShards.OnPostgres : SchedulerShards.OnSqlite;

    /// <summary>Configures a shard's <paramref name="store"/>.</summary>
    public void Configure(IPersistentStoreBuilder store, SchedulerOptions options)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            // Prepared statements (PostgresConnection's defaults): a burst of firings otherwise spends much of
            // PostgreSQL's CPU parsing and planning Quartz's statements again for each trigger.
            store.UsePostgres(PostgresConnection.WithDefaults(ConnectionString));
            store.UseClustering(cluster => cluster.CheckinInterval = options.ClusterCheckinInterval);
        }
        else store.UseSqlite(ConnectionString);
        store.ProvisionSchema();
        store.UseSystemTextJsonSerializer();
        store.ConfigureStore(ado =>
        {
            ado.TablePrefix = TablePrefix;
            ado.MisfireThreshold = options.MisfireThreshold;
            // Job data as name/value strings, not serialized objects: readable, and independent of .NET types.
            ado.StoreJobDataAsStrings = true;
        });
    }

    /// <summary>
    /// Once Quartz has created its tables: on PostgreSQL, keeps each trigger's job data (the message's envelope, a
    /// kilobyte or more) out of the trigger's row. A firing updates the row twice before deleting it, and each update
    /// copies the whole row; out of line, the envelope is written once and the updates copy a pointer to it. That
    /// roughly halved the cost of Quartz's most expensive statement in a burst (bench (e)). Applies to rows stored
    /// from then on; repeating it is harmless.
    /// </summary>
    public async Task KeepJobDataOutOfLine(CancellationToken cancellationToken)
    {
        if (Provider != DatabaseProvider.Postgres) return;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        // 128 bytes is the least PostgreSQL accepts: every row longer than that has its wide columns moved out.
        await using var alter = new NpgsqlCommand($"ALTER TABLE {TablePrefix}triggers SET (toast_tuple_target = 128)", connection);
        await alter.ExecuteNonQueryAsync(cancellationToken);
    }
}
