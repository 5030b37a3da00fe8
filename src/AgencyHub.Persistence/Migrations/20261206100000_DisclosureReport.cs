using AgencyHub.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// The report of an agency's disclosures (<see cref="DisclosureReport"/>) on PostgreSQL: a function that runs as the
/// owner, so the orchestrator can answer "who received our data" without reading, let alone changing, the audit trail
/// itself. Nobody may call it but the roles <c>migrate</c> grants it to (the orchestrator's). An index on the
/// disclosures by sender and time keeps it quick as the trail grows. SQLite has no roles; there the host reads the
/// trail directly.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261206100000_DisclosureReport")]
public sealed class DisclosureReportFunction : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        if (!migration.IsNpgsql()) return;
        migration.Sql($"""
            CREATE INDEX ix_audit_entries_disclosures ON audit_entries (detail, at) WHERE action = 'Delivered';
            CREATE FUNCTION agencyhub_disclosures(sender text, from_at timestamptz, until_at timestamptz)
                RETURNS TABLE (at timestamptz, recipient text, message_type text, person_reference text, agreement text, purpose text, message_id uuid)
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
                SELECT e.at, e.recipient, e.message_type, e.person_reference, e.agreement, e.purpose, e.message_id FROM audit_entries e
                WHERE e.action = 'Delivered' AND e.detail = '{DisclosureReport.SentBy("")}' || sender AND e.at >= from_at AND e.at < until_at
                ORDER BY e.at
            $$;
            REVOKE ALL ON FUNCTION agencyhub_disclosures(text, timestamptz, timestamptz) FROM PUBLIC;
            """);
    }
}
