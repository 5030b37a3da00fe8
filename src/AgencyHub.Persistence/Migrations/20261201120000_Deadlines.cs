using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// Deadlines: the register's release dates, each case's needs-assessment and review deadlines, and the release
/// warnings with their notices and acknowledgements.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261201120000_Deadlines")]
public sealed class Deadlines : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<DateOnly>("release_date", "people", nullable: true);
        migration.AddColumn<DateTimeOffset>("release_date_set_at", "people", nullable: true);

        migration.AddColumn<DateOnly>("release_date", "ppo_cases", nullable: true);
        foreach (var instant in new[] { "needs_assessment_due_at", "needs_assessed_at", "needs_assessment_escalated_at", "last_activity_at",
                     "inactivity_review_due_at", "list_review_due_at", "reselection_review_due_at", "last_review_raised_at" })
            migration.AddColumn<DateTimeOffset>(instant, "ppo_cases", nullable: true);
        foreach (var token in new[] { "needs_assessment_token", "inactivity_review_token", "list_review_token", "reselection_review_token" })
            migration.AddColumn<Guid>(token, "ppo_cases", nullable: true);
        migration.AddColumn<string>("last_review_reason", "ppo_cases", nullable: true);

        migration.CreateTable("release_warnings", table => new
        {
            correlation_id = table.Column<Guid>(nullable: false),
            version = table.Column<int>(nullable: false),
            current_state = table.Column<string>(nullable: false),
            person_id = table.Column<Guid>(nullable: false),
            scheme_code = table.Column<string>(nullable: false),
            scheme_name = table.Column<string>(nullable: false),
            prison_code = table.Column<string>(nullable: false),
            release_date = table.Column<DateOnly>(nullable: false),
            first_notice_due_at = table.Column<DateTimeOffset>(nullable: true),
            first_notice_token = table.Column<Guid>(nullable: true),
            first_notice_id = table.Column<Guid>(nullable: true),
            first_notice_acknowledge_by = table.Column<DateTimeOffset>(nullable: true),
            first_notice_acknowledgement_token = table.Column<Guid>(nullable: true),
            first_notice_acknowledged_at = table.Column<DateTimeOffset>(nullable: true),
            first_notice_escalated_at = table.Column<DateTimeOffset>(nullable: true),
            reminder_due_at = table.Column<DateTimeOffset>(nullable: true),
            reminder_token = table.Column<Guid>(nullable: true),
            reminder_id = table.Column<Guid>(nullable: true),
            reminder_acknowledge_by = table.Column<DateTimeOffset>(nullable: true),
            reminder_acknowledgement_token = table.Column<Guid>(nullable: true),
            reminder_acknowledged_at = table.Column<DateTimeOffset>(nullable: true),
            reminder_escalated_at = table.Column<DateTimeOffset>(nullable: true),
            released_at = table.Column<DateTimeOffset>(nullable: true),
        }, constraints: table => table.PrimaryKey("pk_release_warnings", w => w.correlation_id));
        migration.CreateIndex("ix_release_warnings_first_notice_id", "release_warnings", "first_notice_id");
        migration.CreateIndex("ix_release_warnings_reminder_id", "release_warnings", "reminder_id");
    }
}
