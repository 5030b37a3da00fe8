using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>The recall each PPO case chases (<c>recalls</c>), with its decision and return-to-custody deadlines.</summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261212090000_Recalls")]
public sealed class Recalls : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("recalls", table => new
        {
            correlation_id = table.Column<Guid>(nullable: false),
            version = table.Column<int>(nullable: false),
            current_state = table.Column<string>(nullable: false),
            person_id = table.Column<Guid>(nullable: false),
            scheme_code = table.Column<string>(nullable: false),
            scheme_name = table.Column<string>(nullable: false),
            recall_id = table.Column<Guid>(nullable: false),
            requested_at = table.Column<DateTimeOffset>(nullable: true),
            decision_due_at = table.Column<DateTimeOffset>(nullable: true),
            decision_token = table.Column<Guid>(nullable: true),
            decision_escalated_at = table.Column<DateTimeOffset>(nullable: true),
            decided_at = table.Column<DateTimeOffset>(nullable: true),
            decision = table.Column<string>(nullable: true),
            return_due_at = table.Column<DateTimeOffset>(nullable: true),
            return_token = table.Column<Guid>(nullable: true),
            return_escalated_at = table.Column<DateTimeOffset>(nullable: true),
            arrested_at = table.Column<DateTimeOffset>(nullable: true),
            returned_at = table.Column<DateTimeOffset>(nullable: true),
            closed_because = table.Column<string>(nullable: true),
        }, constraints: table => table.PrimaryKey("pk_recalls", r => r.correlation_id));
        migration.CreateIndex("ix_recalls_person_id", "recalls", "person_id");
    }
}
