using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// The first schema. Written by hand, without provider-specific column types, so one migration serves PostgreSQL
/// and SQLite: each provider maps the CLR types itself. A test checks the migrated tables against the model.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261123090000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("people", table => new
        {
            person_id = table.Column<Guid>(nullable: false),
            version = table.Column<int>(nullable: false),
            pnc_id = table.Column<string>(nullable: true),
            cro_number = table.Column<string>(nullable: true),
            prison_number = table.Column<string>(nullable: true),
            crn = table.Column<string>(nullable: true),
            prison_code = table.Column<string>(nullable: true),
            in_custody_since = table.Column<DateTimeOffset>(nullable: true),
            custody_reason = table.Column<string>(nullable: true),
        }, constraints: table => table.PrimaryKey("pk_people", p => p.person_id));
        foreach (var identifier in new[] { "pnc_id", "cro_number", "prison_number", "crn" })
            migration.CreateIndex($"ix_people_{identifier}", "people", identifier, unique: true);

        migration.CreateTable("ppo_cases", table => new
        {
            correlation_id = table.Column<Guid>(nullable: false),
            version = table.Column<int>(nullable: false),
            current_state = table.Column<string>(nullable: false),
            person_id = table.Column<Guid>(nullable: false),
            scheme_code = table.Column<string>(nullable: false),
            scheme_name = table.Column<string>(nullable: false),
            pnc_id = table.Column<string>(nullable: true),
            cro_number = table.Column<string>(nullable: true),
            prison_number = table.Column<string>(nullable: true),
            crn = table.Column<string>(nullable: true),
            lead_officer_name = table.Column<string>(nullable: false),
            lead_officer_telephone = table.Column<string>(nullable: true),
            lead_officer_email = table.Column<string>(nullable: true),
            selection_reason = table.Column<string>(nullable: false),
            selected_at = table.Column<DateTimeOffset>(nullable: false),
            matrix_score_id = table.Column<Guid>(nullable: true),
            prison_code = table.Column<string>(nullable: true),
            in_custody_since = table.Column<DateTimeOffset>(nullable: true),
            custody_reason = table.Column<string>(nullable: true),
            alerted_prison_code = table.Column<string>(nullable: true),
            released_at = table.Column<DateTimeOffset>(nullable: true),
            released_on_licence = table.Column<bool>(nullable: true),
            recall_id = table.Column<Guid>(nullable: true),
            recalled_at = table.Column<DateTimeOffset>(nullable: true),
            moved_to_scheme_code = table.Column<string>(nullable: true),
            deselected_at = table.Column<DateTimeOffset>(nullable: true),
            deselection_criterion = table.Column<string>(nullable: true),
        }, constraints: table => table.PrimaryKey("pk_ppo_cases", c => c.correlation_id));
        migration.CreateIndex("ix_ppo_cases_person_id", "ppo_cases", "person_id");

        migration.CreateTable("ppo_case_timeline", table => new
        {
            case_id = table.Column<Guid>(nullable: false),
            sequence = table.Column<int>(nullable: false),
            at = table.Column<DateTimeOffset>(nullable: false),
            message_type = table.Column<string>(nullable: false),
            message_id = table.Column<Guid>(nullable: false),
            sender = table.Column<string>(nullable: false),
            state = table.Column<string>(nullable: false),
            summary = table.Column<string>(nullable: false),
        }, constraints: table =>
        {
            table.PrimaryKey("pk_ppo_case_timeline", e => new { e.case_id, e.sequence });
            table.ForeignKey("fk_ppo_case_timeline_case", e => e.case_id, "ppo_cases", "correlation_id", onDelete: ReferentialAction.Cascade);
        });

        migration.CreateTable("inbox", table => new
        {
            message_id = table.Column<Guid>(nullable: false),
            consumer_id = table.Column<Guid>(nullable: false),
            received = table.Column<DateTime>(nullable: false),
            receive_count = table.Column<int>(nullable: false),
            consumed = table.Column<DateTime>(nullable: true),
            delivered = table.Column<DateTime>(nullable: true),
            last_sequence_number = table.Column<long>(nullable: true),
        }, constraints: table => table.PrimaryKey("pk_inbox", e => new { e.message_id, e.consumer_id }));

        migration.CreateTable("outbox", table => new
        {
            inbox_message_id = table.Column<Guid>(nullable: false),
            inbox_consumer_id = table.Column<Guid>(nullable: false),
            sequence_number = table.Column<long>(nullable: false),
            message_id = table.Column<Guid>(nullable: false),
            conversation_id = table.Column<Guid>(nullable: true),
            correlation_id = table.Column<Guid>(nullable: true),
            initiator_id = table.Column<Guid>(nullable: true),
            request_id = table.Column<Guid>(nullable: true),
            source_address = table.Column<string>(nullable: true),
            destination_address = table.Column<string>(nullable: true),
            response_address = table.Column<string>(nullable: true),
            fault_address = table.Column<string>(nullable: true),
            expiration_time = table.Column<DateTime>(nullable: true),
            enqueue_time = table.Column<DateTime>(nullable: true),
            sent_time = table.Column<DateTime>(nullable: false),
            content_type = table.Column<string>(nullable: false),
            message_type = table.Column<string>(nullable: false),
            body = table.Column<string>(nullable: false),
            headers = table.Column<string>(nullable: true),
            properties = table.Column<string>(nullable: true),
        }, constraints: table => table.PrimaryKey("pk_outbox", e => new { e.inbox_message_id, e.inbox_consumer_id, e.sequence_number }));

        migration.CreateTable("accepted_messages", table => new
        {
            sequence = table.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            message_id = table.Column<Guid>(nullable: false),
            agency = table.Column<string>(nullable: false),
            message_type = table.Column<string>(nullable: false),
            body = table.Column<string>(nullable: false),
            accepted_at = table.Column<DateTimeOffset>(nullable: false),
        }, constraints: table => table.PrimaryKey("pk_accepted_messages", m => m.sequence));
        migration.CreateIndex("ix_accepted_messages_message_id", "accepted_messages", "message_id", unique: true);

        migration.CreateTable("feed_entries", table => new
        {
            agency = table.Column<string>(nullable: false),
            cursor = table.Column<long>(nullable: false),
            delivery_id = table.Column<Guid>(nullable: false),
            message_type = table.Column<string>(nullable: false),
            version = table.Column<int>(nullable: false),
            sender = table.Column<string>(nullable: false),
            purpose = table.Column<string>(nullable: false),
            source_message_id = table.Column<Guid>(nullable: true),
            delivered_at = table.Column<DateTimeOffset>(nullable: false),
            payload = table.Column<string>(nullable: false),
        }, constraints: table => table.PrimaryKey("pk_feed_entries", e => new { e.agency, e.cursor }));
        migration.CreateIndex("ix_feed_entries_agency_delivery_id", "feed_entries", ["agency", "delivery_id"], unique: true);

        migration.CreateTable("feed_heads", table => new
        {
            agency = table.Column<string>(nullable: false),
            last_cursor = table.Column<long>(nullable: false),
            acknowledged_cursor = table.Column<long>(nullable: false),
        }, constraints: table => table.PrimaryKey("pk_feed_heads", h => h.agency));
    }
}
