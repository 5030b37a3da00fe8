using AgencyHub.Persistence;
using AgencyHub.Persistence.Roles;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Tests.Persistence;

/// <summary>Which host role reaches which table (the servers' side is in the integration tests' DatabaseRoleTests).</summary>
public sealed class DatabaseRolesTests
{
    [Fact]
    public void The_published_roles_file_matches_the_code() =>
        RepositoryFiles.AssertGenerated("deploy/postgres/roles.tsv", DatabaseRoles.Document(), nameof(The_published_roles_file_matches_the_code));

    [Fact]
    public void Every_table_of_the_model_belongs_to_exactly_one_kind_of_host()
    {
        using var db = new HubDbContext(new DbContextOptionsBuilder<HubDbContext>().UseSqlite("Data Source=:memory:").Options);
        var tables = db.Model.GetEntityTypes().Select(entity => entity.GetTableName()!).Order().ToList();
        var assigned = DatabaseRoles.Listed.Select(access => access.Table).Order().ToList();

        Assert.Equal(tables, assigned);
    }

    [Fact]
    public void Every_agency_and_audit_table_has_the_agency_its_rows_are_kept_for()
    {
        using var db = new HubDbContext(new DbContextOptionsBuilder<HubDbContext>().UseSqlite("Data Source=:memory:").Options);
        foreach (var access in DatabaseRoles.AgencyTables.Concat(DatabaseRoles.CredentialTables).Concat(DatabaseRoles.FailureTables).Concat(DatabaseRoles.AuditTables))
        {
            var entity = db.Model.GetEntityTypes().Single(e => e.GetTableName() == access.Table);
            Assert.Contains(entity.GetProperties(), p => p.GetColumnName() == "agency");
        }
    }
}
