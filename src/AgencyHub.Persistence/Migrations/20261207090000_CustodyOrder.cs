using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// The register keeps the time of the custody event it last applied to each person, so that an older event arriving
/// later does not overwrite it. People already held are taken as known since their reception.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261207090000_CustodyOrder")]
public sealed class CustodyOrder : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<DateTimeOffset>("custody_as_of", "people", nullable: true);
        migration.Sql("UPDATE people SET custody_as_of = in_custody_since");
    }
}
