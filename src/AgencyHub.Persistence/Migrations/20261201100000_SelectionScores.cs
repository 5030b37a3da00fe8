using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>Every selection-matrix score with its breakdown, for the audit trail
/// (PPO Strategy Initial Guidance 2004, Annex C §13).</summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261201100000_SelectionScores")]
public sealed class SelectionScores : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration) =>
        migration.CreateTable("selection_scores", table => new
        {
            score_id = table.Column<Guid>(nullable: false),
            scheme_code = table.Column<string>(nullable: false),
            matrix_version = table.Column<string>(nullable: false),
            scored_at = table.Column<DateTimeOffset>(nullable: false),
            total = table.Column<decimal>(nullable: false),
            candidate = table.Column<string>(nullable: false),
            lines = table.Column<string>(nullable: false),
        }, constraints: table => table.PrimaryKey("pk_selection_scores", s => s.score_id));
}
