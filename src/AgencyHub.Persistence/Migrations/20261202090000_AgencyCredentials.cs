using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace AgencyHub.Persistence.Migrations;

/// <summary>
/// Agency systems prove who they are: their API keys (hashes only), the activity of each at its adapter, the agency
/// system that posted each message waiting to be published, and the message ids used with a hash of each message.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261202090000_AgencyCredentials")]
public sealed class AgencyCredentials : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("api_keys", table => new
        {
            key_id = table.Column<Guid>(nullable: false),
            agency = table.Column<string>(nullable: false),
            name = table.Column<string>(nullable: false),
            prefix = table.Column<string>(nullable: false),
            secret_hash = table.Column<byte[]>(nullable: false),
            created_at = table.Column<DateTimeOffset>(nullable: false),
            expires_at = table.Column<DateTimeOffset>(nullable: false),
            revoked_at = table.Column<DateTimeOffset>(nullable: true),
            replaces = table.Column<Guid>(nullable: true),
        }, constraints: table => table.PrimaryKey("pk_api_keys", k => k.key_id));
        migration.CreateIndex("ix_api_keys_prefix", "api_keys", "prefix", unique: true);

        migration.CreateTable("agency_activity", table => new
        {
            sequence = table.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            at = table.Column<DateTimeOffset>(nullable: false),
            agency = table.Column<string>(nullable: false),
            actor = table.Column<string>(nullable: false),
            kind = table.Column<string>(nullable: false),
            message_id = table.Column<Guid>(nullable: true),
            message_type = table.Column<string>(nullable: true),
            from_cursor = table.Column<long>(nullable: true),
            to_cursor = table.Column<long>(nullable: true),
            detail = table.Column<string>(nullable: true),
        }, constraints: table => table.PrimaryKey("pk_agency_activity", a => a.sequence));
        migration.CreateIndex("ix_agency_activity_agency_at", "agency_activity", ["agency", "at"]);

        migration.AddColumn<string>("agency_system", "accepted_messages", nullable: false, defaultValue: "");

        migration.CreateTable("ingress_ids", table => new
        {
            message_id = table.Column<Guid>(nullable: false),
            agency = table.Column<string>(nullable: false),
            message_type = table.Column<string>(nullable: false),
            body_hash = table.Column<byte[]>(nullable: false),
            accepted_at = table.Column<DateTime>(nullable: false),
        }, constraints: table => table.PrimaryKey("pk_ingress_ids", i => i.message_id));
        migration.CreateIndex("ix_ingress_ids_accepted_at", "ingress_ids", "accepted_at");
    }
}
