using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// The failed and parked messages an operator works (<c>failed_messages</c>). On PostgreSQL an adapter reaches only its
/// own agency's rows (the ones its relay or webhook parked); the orchestrator, which collects the error queues and
/// makes the replays, reaches every row.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261208090000_FailedMessages")]
public sealed class FailedMessages : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("failed_messages", table => new
        {
            id = table.Column<Guid>(nullable: false),
            agency = table.Column<string>(nullable: false),
            source = table.Column<string>(nullable: false),
            endpoint = table.Column<string>(nullable: false),
            message_id = table.Column<Guid>(nullable: false),
            message_type = table.Column<string>(nullable: false),
            sender = table.Column<string>(nullable: true),
            cause = table.Column<string>(nullable: false),
            reason = table.Column<string>(nullable: false),
            person_reference = table.Column<string>(nullable: true),
            content_type = table.Column<string>(nullable: false),
            body = table.Column<string>(nullable: false),
            first_failed_at = table.Column<DateTimeOffset>(nullable: false),
            last_failed_at = table.Column<DateTimeOffset>(nullable: false),
            failures = table.Column<int>(nullable: false),
            status = table.Column<string>(nullable: false),
            resolved_at = table.Column<DateTimeOffset>(nullable: true),
            resolved_by = table.Column<string>(nullable: true),
            resolution = table.Column<string>(nullable: true),
        }, constraints: table => table.PrimaryKey("pk_failed_messages", f => f.id));
        migration.CreateIndex("ix_failed_messages_endpoint_message_id", "failed_messages", ["endpoint", "message_id"], unique: true);
        migration.CreateIndex("ix_failed_messages_status", "failed_messages", "status");
        if (migration.IsNpgsql())
            migration.Sql("""
                ALTER TABLE failed_messages ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_agency_or_hub ON failed_messages
                    USING (agency = (SELECT agencyhub_agency()) OR (SELECT agencyhub_host_role()) = 'agencyhub_hub')
                    WITH CHECK (agency = (SELECT agencyhub_agency()) OR (SELECT agencyhub_host_role()) = 'agencyhub_hub');
                """);
    }
}
