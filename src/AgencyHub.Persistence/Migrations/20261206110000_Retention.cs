using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// The register records when it first learnt of each person, which the retention of people never selected counts
/// from. People already registered are taken as registered when this migration runs.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261206110000_Retention")]
public sealed class Retention : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        // SQLite adds a column only with a constant default; it keeps an instant as EF Core writes it, which
        // "yyyy-MM-dd HH:mm:ss+00:00" is.
        migration.AddColumn<DateTimeOffset>("registered_at", "people", nullable: false, defaultValue: DateTimeOffset.UnixEpoch);
        migration.Sql(migration.IsNpgsql()
            ? "UPDATE people SET registered_at = now()"
            : "UPDATE people SET registered_at = strftime('%Y-%m-%d %H:%M:%S+00:00', 'now')");
    }
}
