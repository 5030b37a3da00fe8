using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// Custody has one owner, the person's row: the release and the outstanding recall move there from the cases, and the
/// cases' copies of the prison, the custody times and the release date go. Every case of a person saw the same custody
/// events, so the latest release and any outstanding recall among them are the person's.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261209090000_CustodyOwner")]
public sealed class CustodyOwner : Migration
{
    static readonly string[] CaseCopies =
        ["prison_code", "in_custody_since", "custody_reason", "released_at", "released_on_licence", "recall_id", "recalled_at", "release_date"];

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<DateTimeOffset>("released_at", "people", nullable: true);
        migration.AddColumn<bool>("released_on_licence", "people", nullable: true);
        migration.AddColumn<Guid>("recall_id", "people", nullable: true);
        migration.AddColumn<DateTimeOffset>("recalled_at", "people", nullable: true);
        migration.Sql("""
            UPDATE people SET
                released_at = (SELECT c.released_at FROM ppo_cases c WHERE c.person_id = people.person_id AND c.released_at IS NOT NULL
                    ORDER BY c.released_at DESC LIMIT 1),
                released_on_licence = (SELECT c.released_on_licence FROM ppo_cases c WHERE c.person_id = people.person_id
                    AND c.released_at IS NOT NULL ORDER BY c.released_at DESC LIMIT 1),
                recall_id = (SELECT c.recall_id FROM ppo_cases c WHERE c.person_id = people.person_id AND c.recall_id IS NOT NULL
                    ORDER BY c.recalled_at DESC LIMIT 1),
                recalled_at = (SELECT c.recalled_at FROM ppo_cases c WHERE c.person_id = people.person_id AND c.recall_id IS NOT NULL
                    ORDER BY c.recalled_at DESC LIMIT 1)
            WHERE prison_code IS NULL
            """);
        // Plain SQL: both databases drop an unindexed column in place (SQLite since 3.35), without rebuilding the table.
        foreach (var column in CaseCopies) migration.Sql($"ALTER TABLE ppo_cases DROP COLUMN {column}");
    }
}
