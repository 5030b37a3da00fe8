namespace AgencyHub.Persistence.Database;

/// <summary>Where the hub keeps its state (configuration section <c>Persistence</c>).</summary>
public sealed class PersistenceOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Persistence";

    /// <summary>The database: SQLite (embedded default) or PostgreSQL.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>ADO.NET connection string for the provider.</summary>
    public string ConnectionString { get; set; } = "Data Source=agencyhub.db";

    /// <summary>
    /// Apply pending schema migrations when the host starts, before the bus does. Turn it off where a separate
    /// step runs <c>migrate</c> (see the README) and hosts must not change the schema.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>
    /// How long the inbox remembers a finished message, so that a redelivery of it within this time has no second
    /// effect. Older rows are deleted by the housekeeping.
    /// </summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the housekeeping deletes what is kept long enough (<see cref="Housekeeping.Housekeeping"/>).</summary>
    public TimeSpan HousekeepingInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How many audit chains each party keeps. Appends to one chain take turns (each holds the chain's head until it
    /// commits), so an agency's posts, feed reads and deliveries would otherwise wait for each other: disclosures keep
    /// chain 0, which their feed's head already makes them take in turns, and every other act takes one of the rest at
    /// random. More may be set at any time (each chain is checked on its own); fewer leaves the others as they are.
    /// </summary>
    public int AuditChains { get; set; } = 8;

    /// <summary>How often each host writes the heads of the audit chains it keeps to its log (see <c>AuditHeadLog</c>).</summary>
    public TimeSpan AuditHeadLogInterval { get; set; } = TimeSpan.FromHours(1);
}
