using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// An adapter checks, just before a delivery goes on its feed, that consent the delivery rests on was not withdrawn
/// meanwhile: it may read the consent records that name its agency as a recipient, and no others. The orchestrator
/// reads and writes them all. The records hold the register's person id, the recipients, purpose and times: no
/// identifiers or names. SQLite has no roles; nothing changes there.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261206090000_FeedRecheck")]
public sealed class FeedRecheck : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        if (!migration.IsNpgsql()) return;
        migration.Sql("""
            ALTER TABLE consent_records ENABLE ROW LEVEL SECURITY;
            CREATE POLICY hub_or_recipient ON consent_records
                USING ((SELECT agencyhub_agency()) = 'hub' OR (SELECT agencyhub_agency()) = ANY (string_to_array(recipients, ',')))
                WITH CHECK ((SELECT agencyhub_agency()) = 'hub');
            """);
    }
}
