using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// Each running host's heartbeat and vitals for the health board (<c>host_heartbeats</c>); on PostgreSQL a host role
/// reaches only its own rows, as in the inbox and outbox. An accepted message keeps the trace it was posted in
/// (<c>accepted_messages.trace_parent</c>), so its publish, later and from another task, continues that trace.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261210090000_HostHeartbeats")]
public sealed class HostHeartbeats : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("host_heartbeats", table => new
        {
            instance = table.Column<string>(nullable: false),
            host = table.Column<string>(nullable: false),
            started_at = table.Column<DateTimeOffset>(nullable: false),
            beat_at = table.Column<DateTimeOffset>(nullable: false),
            vitals = table.Column<string>(nullable: false),
        }, constraints: table => table.PrimaryKey("pk_host_heartbeats", h => h.instance));
        migration.AddColumn<string>("trace_parent", "accepted_messages", nullable: true);
        if (migration.IsNpgsql())
            migration.Sql("""
                ALTER TABLE host_heartbeats ADD COLUMN host_role text DEFAULT agencyhub_host_role();
                ALTER TABLE host_heartbeats ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_rows ON host_heartbeats
                    USING (host_role = (SELECT agencyhub_host_role())) WITH CHECK (host_role = (SELECT agencyhub_host_role()));
                """);
    }
}
