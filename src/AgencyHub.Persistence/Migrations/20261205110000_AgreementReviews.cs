using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>The agreement review saga's instances: one per agreement, the orchestrator's.</summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261205110000_AgreementReviews")]
public sealed class AgreementReviews : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration) =>
        migration.CreateTable("agreement_reviews", table => new
        {
            correlation_id = table.Column<Guid>(nullable: false),
            version = table.Column<int>(nullable: false),
            current_state = table.Column<string>(nullable: false),
            agreement_id = table.Column<string>(nullable: false),
            agreement_version = table.Column<int>(nullable: false),
            review_on = table.Column<DateOnly>(nullable: false),
            notice_token = table.Column<Guid>(nullable: true),
            lapse_token = table.Column<Guid>(nullable: true),
        }, constraints: table => table.PrimaryKey("pk_agreement_reviews", r => r.correlation_id));
}
