using AgencyHub.Persistence.Database;
using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// Quartz's persistent job store: in the hub's own database unless <see cref="SchedulerOptions.ConnectionString"/> names
/// another, tables prefixed <c>qrtz_</c> and created at start when missing. On PostgreSQL the store is clustered, as
/// several orchestrators share it (each gets a generated instance id); on SQLite (one embedded host) it is not.
/// </summary>
public static class SchedulerStore
{
    /// <summary>The prefix of Quartz's tables.</summary>
    public const string TablePrefix = "qrtz_";

    /// <summary>Configures <paramref name="store"/> for <paramref name="persistence"/>'s database.</summary>
    public static void Configure(IPersistentStoreBuilder store, SchedulerOptions options, PersistenceOptions persistence)
    {
        var connectionString = options.ConnectionString ?? persistence.ConnectionString;
        if (persistence.Provider == DatabaseProvider.Postgres)
        {
            // Prepared statements (PostgresConnection's defaults): a burst of firings otherwise spends much of
            // PostgreSQL's CPU parsing and planning Quartz's statements again for each trigger.
            store.UsePostgres(PostgresConnection.WithDefaults(connectionString));
            store.UseClustering(cluster => cluster.CheckinInterval = options.ClusterCheckinInterval);
        }
        else store.UseSqlite(connectionString);
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
}
