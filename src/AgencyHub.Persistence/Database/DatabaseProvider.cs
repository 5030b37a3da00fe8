namespace AgencyHub.Persistence.Database;

/// <summary>Which database holds the hub's state.</summary>
public enum DatabaseProvider
{
    /// <summary>A local file: the embedded default of the all-in-one host.</summary>
    Sqlite,

    /// <summary>PostgreSQL: every real deployment.</summary>
    Postgres,
}
