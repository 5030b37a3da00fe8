using AgencyHub.Persistence.Roles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// On PostgreSQL, each host role reaches only its own rows (see <see cref="DatabaseRoles"/>): an adapter only the rows
/// of its agency in the agency tables, every host only the inbox and outbox rows it wrote. Which role a connection acts
/// for is the server's to say (<c>agencyhub_host_role()</c>: its login role, or the host role that login is a direct
/// member of), never the client's. The owner, who owns the tables, is not held to the policies: the all-in-one host and
/// <c>migrate</c> connect as it. SQLite has no roles; nothing changes there.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261203090000_RowLevelSecurity")]
public sealed class RowLevelSecurity : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        if (!migration.IsNpgsql()) return;
        // PL/pgSQL, not SQL: its plans are kept for the session, where a SQL function's body would be planned again for
        // every statement that checks a policy (a third of the hub path's throughput, bench (c)). A login that is a host
        // role itself needs no catalogue lookup.
        migration.Sql($"""
            CREATE FUNCTION agencyhub_host_role() RETURNS text LANGUAGE plpgsql STABLE AS $$
            DECLARE host text;
            BEGIN
                IF current_user::text LIKE '{Like}' THEN RETURN current_user::text; END IF;
                SELECT grp.rolname::text INTO host FROM pg_auth_members m
                    JOIN pg_roles grp ON grp.oid = m.roleid JOIN pg_roles login ON login.oid = m.member
                    WHERE login.rolname = current_user AND grp.rolname LIKE '{Like}' ORDER BY grp.rolname LIMIT 1;
                RETURN host;
            END $$;
            CREATE FUNCTION agencyhub_agency() RETURNS text LANGUAGE plpgsql STABLE AS $$
            BEGIN
                RETURN substr(agencyhub_host_role(), {DatabaseRoles.Prefix.Length + 1});
            END $$;
            """);
        foreach (var table in HostTables)
            migration.Sql($"""
                ALTER TABLE {table} ADD COLUMN host_role text DEFAULT agencyhub_host_role();
                ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_rows ON {table}
                    USING (host_role = (SELECT agencyhub_host_role())) WITH CHECK (host_role = (SELECT agencyhub_host_role()));
                """);
        foreach (var table in AgencyTables)
            migration.Sql($"""
                ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_agency ON {table}
                    USING (agency = (SELECT agencyhub_agency())) WITH CHECK (agency = (SELECT agencyhub_agency()));
                """);
    }

    // The tables as they were when this migration was written (DatabaseRoles lists them as they are now).
    static readonly string[] HostTables = ["inbox", "outbox"];
    static readonly string[] AgencyTables = ["accepted_messages", "ingress_ids", "feed_entries", "feed_heads", "api_keys", "agency_activity"];

    // agencyhub\_%: LIKE's underscore is any character.
    static readonly string Like = DatabaseRoles.Prefix.Replace("_", "\\_") + "%";
}
