using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// Feed entries keep the agreement and person reference of their delivery, for the disclosure the audit trail records
/// when the entry is numbered. On PostgreSQL an append takes a provisional negative cursor from a sequence (owned by
/// the cursor column, so whoever may append may take one) and is numbered after its commit (<c>FeedStore.Number</c>).
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261207100000_FeedNumbering")]
public sealed class FeedNumbering : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<string>("agreement", "feed_entries", nullable: true);
        migration.AddColumn<string>("person_reference", "feed_entries", nullable: true);
        if (migration.IsNpgsql())
            migration.Sql("""CREATE SEQUENCE feed_provisional_cursors OWNED BY feed_entries."cursor" """);
    }
}
