using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// The audit trail replaces the agency activity record: hash-chained entries, a few chains per party, and each chain's
/// head. On PostgreSQL a host role may add entries to its own chain only (no reading, changing or deleting them) and
/// move its own chain's head. The activity rows are not carried over: they have no hashes to chain, and no deployment
/// holds any.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261204090000_AuditTrail")]
public sealed class AuditTrail : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        migration.DropTable("agency_activity");
        migration.CreateTable("audit_entries", table => new
        {
            agency = table.Column<string>(nullable: false),
            chain = table.Column<int>(nullable: false),
            position = table.Column<long>(nullable: false),
            at = table.Column<DateTimeOffset>(nullable: false),
            category = table.Column<string>(nullable: false),
            action = table.Column<string>(nullable: false),
            actor = table.Column<string>(nullable: false),
            person_reference = table.Column<string>(nullable: true),
            recipient = table.Column<string>(nullable: true),
            purpose = table.Column<string>(nullable: true),
            agreement = table.Column<string>(nullable: true),
            justification = table.Column<string>(nullable: true),
            message_id = table.Column<Guid>(nullable: true),
            message_type = table.Column<string>(nullable: true),
            from_cursor = table.Column<long>(nullable: true),
            to_cursor = table.Column<long>(nullable: true),
            detail = table.Column<string>(nullable: true),
            previous_hash = table.Column<byte[]>(nullable: false),
            hash = table.Column<byte[]>(nullable: false),
        }, constraints: table => table.PrimaryKey("pk_audit_entries", e => new { e.agency, e.chain, e.position }));
        migration.CreateIndex("ix_audit_entries_agency_at", "audit_entries", ["agency", "at"]);
        migration.CreateTable("audit_heads", table => new
        {
            agency = table.Column<string>(nullable: false),
            chain = table.Column<int>(nullable: false),
            position = table.Column<long>(nullable: false),
            hash = table.Column<byte[]>(nullable: false),
        }, constraints: table => table.PrimaryKey("pk_audit_heads", h => new { h.agency, h.chain }));
        if (!migration.IsNpgsql()) return;
        foreach (var table in new[] { "audit_entries", "audit_heads" })
            migration.Sql($"""
                ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_chain ON {table}
                    USING (agency = (SELECT agencyhub_agency())) WITH CHECK (agency = (SELECT agencyhub_agency()));
                """);
    }
}
