using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>A PPO case's last sentence: its disposal, when, its custodial term and who supervises it.</summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261212110000_Sentences")]
public sealed class Sentences : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<string>("sentence_disposal", "ppo_cases", nullable: true);
        migration.AddColumn<DateTimeOffset>("sentenced_at", "ppo_cases", nullable: true);
        migration.AddColumn<int>("custodial_length_months", "ppo_cases", nullable: true);
        migration.AddColumn<string>("supervised_by", "ppo_cases", nullable: true);
    }
}
