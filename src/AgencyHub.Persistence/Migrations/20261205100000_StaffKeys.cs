using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>Keys of the hub's staff (agency <c>hub</c>) carry what their holder may do: administrator, operator, read-only.</summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261205100000_StaffKeys")]
public sealed class StaffKeys : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration) => migration.AddColumn<string>("role", "api_keys", nullable: true);
}
