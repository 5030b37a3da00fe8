using AgencyHub.Persistence.Roles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// The dashboard on a host of its own (role <c>agencyhub_dashboard</c>, see <see cref="DatabaseRoles"/>). On PostgreSQL
/// it acts for the hub's staff: the party it stands for is the hub (<c>agencyhub_agency()</c>), so it reads the staff's
/// keys and adds to the hub's audit chains; it reads every host's heartbeat and every failed message; and a person's
/// disclosures come to it through <c>agencyhub_person_disclosures</c>, which reads the audit trail as the owner and
/// answers only that. On both stores an index finds a person's disclosures, as the journey page asks, however long
/// the trail, and one a person's release warnings.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261211090000_DashboardRole")]
public sealed class DashboardRole : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        migration.Sql("CREATE INDEX ix_audit_entries_person_disclosures ON audit_entries (person_reference) WHERE action = 'Delivered';");
        migration.CreateIndex("ix_release_warnings_person_id", "release_warnings", "person_id");
        if (!migration.IsNpgsql()) return;
        migration.Sql($"""
            CREATE OR REPLACE FUNCTION agencyhub_agency() RETURNS text LANGUAGE plpgsql STABLE AS $$
            DECLARE host text := agencyhub_host_role();
            BEGIN
                IF host = '{DatabaseRoles.Dashboard}' THEN RETURN 'hub'; END IF;
                RETURN substr(host, {DatabaseRoles.Prefix.Length + 1});
            END $$;
            DROP POLICY own_agency_or_hub ON failed_messages;
            CREATE POLICY own_agency_or_hub ON failed_messages
                USING (agency = (SELECT agencyhub_agency()) OR (SELECT agencyhub_host_role()) IN ('{DatabaseRoles.Hub}', '{DatabaseRoles.Dashboard}'))
                WITH CHECK (agency = (SELECT agencyhub_agency()) OR (SELECT agencyhub_host_role()) IN ('{DatabaseRoles.Hub}', '{DatabaseRoles.Dashboard}'));
            CREATE POLICY dashboard_reads ON host_heartbeats FOR SELECT USING ((SELECT agencyhub_host_role()) = '{DatabaseRoles.Dashboard}');
            CREATE FUNCTION agencyhub_person_disclosures(person_references text[])
                RETURNS TABLE (at timestamptz, recipient text, message_type text, person_reference text, agreement text, purpose text, message_id uuid)
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
                SELECT e.at, e.recipient, e.message_type, e.person_reference, e.agreement, e.purpose, e.message_id FROM audit_entries e
                WHERE e.action = 'Delivered' AND e.person_reference = ANY (person_references)
                ORDER BY e.at
            $$;
            REVOKE ALL ON FUNCTION agencyhub_person_disclosures(text[]) FROM PUBLIC;
            """);
    }
}
