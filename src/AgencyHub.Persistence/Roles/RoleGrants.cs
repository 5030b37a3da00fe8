using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Persistence.Roles;

/// <summary>
/// Gives each host role of <see cref="DatabaseRoles"/> that exists on the server exactly its privileges on the current
/// schema, after the migrations, as the owner. Everything a role held before is revoked first, in the same transaction,
/// so a release that takes a table from a role takes the privilege too; repeating it is harmless. Roles are made by
/// <c>deploy/postgres/setup-roles.sh</c>: those not there yet are named in the log and get their privileges the next
/// time <c>migrate</c> runs.
/// </summary>
public sealed class RoleGrants(ILogger<RoleGrants> logger)
{
    /// <summary>Grants on the database <paramref name="db"/> is connected to.</summary>
    public async Task Apply(HubDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Database
            .SqlQuery<string>($"SELECT rolname::text AS \"Value\" FROM pg_roles WHERE rolname = ANY({DatabaseRoles.All.ToArray()})")
            .ToListAsync(cancellationToken);
        var missing = DatabaseRoles.All.Except(existing).ToList();
        if (missing.Count > 0)
            logger.LogInformation("Database roles {Roles} do not exist, so they get no privileges (deploy/postgres/setup-roles.sh makes them)",
                string.Join(", ", missing));
        if (existing.Count == 0) return;
        var schema = Quoted(await db.Database.SqlQuery<string>($"SELECT current_schema()::text AS \"Value\"").SingleAsync(cancellationToken));
        var schedulerTables = await db.Database
            .SqlQuery<string>($"SELECT tablename::text AS \"Value\" FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE {DatabaseRoles.SchedulerTablePattern}")
            .ToListAsync(cancellationToken);
        // Identity columns' sequences: adding a row to their table takes the next value.
        var sequences = (await db.Database.SqlQuery<OwnedSequence>($"""
                SELECT t.relname::text AS "Table", s.relname::text AS "Sequence"
                FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i') JOIN pg_class t ON t.oid = d.refobjid
                WHERE s.relkind = 'S' AND t.relnamespace = current_schema()::regnamespace
                """).ToListAsync(cancellationToken)).ToLookup(s => s.Table, s => s.Sequence);

        var sql = new StringBuilder();
        foreach (var role in existing)
        {
            var tables = DatabaseRoles.TablesOf(role, schedulerTables);
            var grantee = Quoted(role);
            sql.Append($"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {grantee};\n");
            sql.Append($"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {grantee};\n");
            sql.Append($"GRANT USAGE ON SCHEMA {schema} TO {grantee};\n");
            sql.Append($"GRANT SELECT ON {Quoted(DatabaseRoles.MigrationHistory)} TO {grantee};\n");
            foreach (var function in DatabaseRoles.FunctionsOf(role))
                sql.Append($"GRANT EXECUTE ON FUNCTION {function} TO {grantee};\n");
            foreach (var access in tables)
            {
                sql.Append($"GRANT {access.Privileges} ON {Quoted(access.Table)} TO {grantee};\n");
                foreach (var sequence in sequences[access.Table])
                    sql.Append($"GRANT USAGE ON SEQUENCE {Quoted(sequence)} TO {grantee};\n");
            }
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Privileges of database roles {Roles} set", string.Join(", ", existing));
    }

    static string Quoted(string identifier) => $"\"{identifier.Replace("\"", "\"\"")}\"";

    sealed record OwnedSequence(string Table, string Sequence);
}
