using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// Each case counts its timeline entries, so an event appends the next one without reading the whole journey. Cases
/// that exist already get the count of the entries they have.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261201090000_CaseTimelineLength")]
public sealed class CaseTimelineLength : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<int>("timeline_length", "ppo_cases", nullable: false, defaultValue: 0);
        migration.Sql("""
            UPDATE ppo_cases SET timeline_length =
                (SELECT COUNT(*) FROM ppo_case_timeline t WHERE t.case_id = ppo_cases.correlation_id)
            """);
    }
}
