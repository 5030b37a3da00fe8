using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// Data-sharing agreements as data (every version kept), consent records, the deliveries the gate holds back, and a
/// date of birth on the register (it tells who is a juvenile). Hub tables: the orchestrator's role reaches them, and
/// adapters may read the agreements, which hold no personal data.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261205090000_LawfulSharing")]
public sealed class LawfulSharing : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<DateOnly>("date_of_birth", "people", nullable: true);
        migration.CreateTable("agreement_versions", table => new
        {
            agreement_id = table.Column<string>(nullable: false),
            version = table.Column<int>(nullable: false),
            status = table.Column<string>(nullable: false),
            status_reason = table.Column<string>(nullable: true),
            change = table.Column<string>(nullable: false),
            terms = table.Column<string>(nullable: false),
            changed_at = table.Column<DateTimeOffset>(nullable: false),
            changed_by = table.Column<string>(nullable: false),
        }, constraints: table => table.PrimaryKey("pk_agreement_versions", a => new { a.agreement_id, a.version }));
        migration.CreateTable("consent_records", table => new
        {
            consent_id = table.Column<Guid>(nullable: false),
            person_id = table.Column<Guid>(nullable: false),
            given = table.Column<bool>(nullable: false),
            recipients = table.Column<string>(nullable: false),
            purpose = table.Column<string>(nullable: false),
            message_types = table.Column<string>(nullable: true),
            at = table.Column<DateTimeOffset>(nullable: false),
            expires_on = table.Column<DateOnly>(nullable: true),
            recorded_at = table.Column<DateTimeOffset>(nullable: false),
        }, constraints: table => table.PrimaryKey("pk_consent_records", c => c.consent_id));
        migration.CreateIndex("ix_consent_records_person_id", "consent_records", "person_id");
        migration.CreateTable("held_deliveries", table => new
        {
            delivery_id = table.Column<Guid>(nullable: false),
            sender = table.Column<string>(nullable: false),
            recipient = table.Column<string>(nullable: false),
            message_type = table.Column<string>(nullable: false),
            purpose = table.Column<string>(nullable: false),
            source_message_id = table.Column<Guid>(nullable: false),
            person_reference = table.Column<string>(nullable: true),
            agreement = table.Column<string>(nullable: true),
            reason = table.Column<string>(nullable: false),
            held_at = table.Column<DateTimeOffset>(nullable: false),
            payload = table.Column<string>(nullable: false),
            released_at = table.Column<DateTimeOffset>(nullable: true),
            released_by = table.Column<string>(nullable: true),
            release_reason = table.Column<string>(nullable: true),
        }, constraints: table => table.PrimaryKey("pk_held_deliveries", h => h.delivery_id));
        migration.CreateIndex("ix_held_deliveries_held_at", "held_deliveries", "held_at");
    }
}
