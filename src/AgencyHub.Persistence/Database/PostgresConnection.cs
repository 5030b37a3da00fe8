using System.Data.Common;
using Npgsql;

namespace AgencyHub.Persistence.Database;

/// <summary>
/// The hub's defaults for a PostgreSQL connection string, each applied only where the string does not set it. Every
/// message runs the same few statements, so Npgsql prepares them once per connection (<c>Max Auto Prepare</c>)
/// instead of PostgreSQL parsing and planning each again; and a connection taken from the pool is not reset
/// (<c>No Reset On Close</c>), as the hub keeps no session state beyond the schema step's advisory lock, which that
/// step releases itself.
/// </summary>
public static class PostgresConnection
{
    static readonly (string Keyword, object Value)[] Defaults =
    [
        ("Max Auto Prepare", 32),
        ("No Reset On Close", true),
    ];

    /// <summary><paramref name="connectionString"/> with the defaults it does not override.</summary>
    public static string WithDefaults(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        foreach (var (keyword, value) in Defaults)
            if (!given.Keys.Cast<string>().Any(key => SameKeyword(key, keyword)))
                builder[keyword] = value;
        return builder.ConnectionString;
    }

    static bool SameKeyword(string a, string b) =>
        string.Equals(a.Replace(" ", ""), b.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);
}
