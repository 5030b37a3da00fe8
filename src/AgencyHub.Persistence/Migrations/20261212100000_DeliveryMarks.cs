using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>What the hub marks on a delivery in a feed (<c>feed_entries.marks</c>: the PPO flag, priority).</summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261212100000_DeliveryMarks")]
public sealed class DeliveryMarks : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration) => migration.AddColumn<string>("marks", "feed_entries", nullable: true);
}
