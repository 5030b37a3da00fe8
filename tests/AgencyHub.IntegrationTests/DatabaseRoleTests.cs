using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Persistence.Database;
using AgencyHub.Persistence.Roles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// On the real PostgreSQL, each host's role reaches only its own data: an adapter only its agency's rows of the agency
/// tables, the orchestrator only the hub's tables, every host only its own inbox and outbox rows.
/// </summary>
public sealed class DatabaseRoleTests : IAsyncLifetime
{
    IReadOnlyDictionary<string, string?> _owner = null!;

    public async Task InitializeAsync()
    {
        _owner = await DatabaseSettings.NewDatabase();
        await DatabaseSettings.Migrate(_owner);
        await Execute(_owner["Persistence:ConnectionString"]!, """
            INSERT INTO people (person_id, version, pnc_id) VALUES ('00000000-0000-0000-0000-000000000001', 1, '2004/0012345X');
            INSERT INTO feed_entries (agency, cursor, delivery_id, message_type, version, sender, purpose, delivered_at, payload)
                VALUES ('prison', 1, gen_random_uuid(), 'ppo-reception-alert', 1, 'hub', 'offender management', now(), '{}'),
                       ('police', 1, gen_random_uuid(), 'pre-release-notice', 1, 'hub', 'offender management', now(), '{}');
            INSERT INTO api_keys (key_id, agency, name, prefix, secret_hash, created_at, expires_at)
                VALUES (gen_random_uuid(), 'police', 'Lancashire custody system', 'police0001', '\x00', now(), now() + interval '1 day'),
                       (gen_random_uuid(), 'hub', 'Jane Smith', 'admin00001', '\x00', now(), now() + interval '1 day');
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_police_adapter_reads_its_own_feed_and_not_the_prisons()
    {
        var agencies = await Strings(As(Agency.Police), "SELECT agency FROM feed_entries");

        Assert.Equal(["police"], agencies);
    }

    [Fact]
    public async Task A_login_of_another_name_that_is_a_member_of_the_police_role_acts_for_the_police()
    {
        // Made by ./test.sh: CREATE ROLE police_rotated ... IN ROLE agencyhub_police.
        var agencies = await Strings(DatabaseSettings.ConnectionAs(_owner, "police_rotated"), "SELECT agency FROM feed_entries");

        Assert.Equal(["police"], agencies);
    }

    [Fact]
    public async Task The_police_adapter_cannot_read_the_people_register()
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Strings(As(Agency.Police), "SELECT pnc_id FROM people"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task The_police_adapter_cannot_write_into_the_prisons_feed_or_move_its_head()
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Execute(As(Agency.Police), """
            INSERT INTO feed_entries (agency, cursor, delivery_id, message_type, version, sender, purpose, delivered_at, payload)
                VALUES ('prison', 2, gen_random_uuid(), 'ppo-reception-alert', 1, 'hub', 'offender management', now(), '{}')
            """));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);

        await Execute(As(Agency.Police), "DELETE FROM feed_entries WHERE agency = 'prison'");
        Assert.Equal(["prison"], await Strings(As(Agency.Prison), "SELECT agency FROM feed_entries"));
    }

    [Fact]
    public async Task An_adapter_adds_to_its_own_audit_chain_and_cannot_read_change_or_delete_it()
    {
        const string entry = """
            INSERT INTO audit_entries (agency, chain, position, at, category, action, actor, previous_hash, hash)
                VALUES ('{0}', 0, 1, now(), 'Consultation', 'FeedRead', 'custody system', '\x00', '\x00')
            """;
        await Execute(As(Agency.Police), string.Format(entry, "police"));

        foreach (var refused in new[] { string.Format(entry, "prison"), "SELECT actor FROM audit_entries", "DELETE FROM audit_entries",
                     "UPDATE audit_entries SET actor = 'nobody'" })
        {
            var exception = await Assert.ThrowsAsync<PostgresException>(() => Strings(As(Agency.Police), refused));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, exception.SqlState);
        }
    }

    [Fact]
    public async Task The_orchestrator_cannot_read_the_feeds_or_the_agencies_keys()
    {
        foreach (var table in new[] { "feed_entries", "accepted_messages", "audit_entries" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => Strings(Hub, $"SELECT agency FROM {table}"));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
        // Its own keys, the hub staff's, and no agency's; the agencies see only theirs.
        Assert.Equal(["admin00001"], await Strings(Hub, "SELECT prefix FROM api_keys"));
        Assert.Equal(["police0001"], await Strings(As(Agency.Police), "SELECT prefix FROM api_keys"));
        Assert.Equal(["2004/0012345X"], await Strings(Hub, "SELECT pnc_id FROM people"));
    }

    [Fact]
    public async Task An_adapter_reads_only_the_consent_records_that_name_its_agency_and_writes_none()
    {
        await Execute(Hub, """
            INSERT INTO consent_records (consent_id, person_id, given, recipients, purpose, at, recorded_at)
                VALUES (gen_random_uuid(), '00000000-0000-0000-0000-000000000001', true, 'probation,prison', 'drug-treatment', now(), now()),
                       (gen_random_uuid(), '00000000-0000-0000-0000-000000000001', false, 'police', 'drug-treatment', now(), now());
            """);

        Assert.Equal(["probation,prison"], await Strings(As(Agency.Prison), "SELECT recipients FROM consent_records"));
        Assert.Empty(await Strings(As(Agency.Yot), "SELECT recipients FROM consent_records"));
        Assert.Equal(2, (await Strings(Hub, "SELECT recipients FROM consent_records")).Count);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Execute(As(Agency.Prison), """
            INSERT INTO consent_records (consent_id, person_id, given, recipients, purpose, at, recorded_at)
                VALUES (gen_random_uuid(), '00000000-0000-0000-0000-000000000001', true, 'prison', 'drug-treatment', now(), now())
            """));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task Only_the_orchestrator_may_ask_for_the_report_of_disclosures()
    {
        const string report = "SELECT recipient FROM agencyhub_disclosures('police', now() - interval '1 day', now())";

        Assert.Empty(await Strings(Hub, report));
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Strings(As(Agency.Police), report));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task Each_host_sees_only_the_inbox_and_outbox_rows_it_wrote()
    {
        var consumer = Guid.NewGuid();
        await Execute(Hub, $"INSERT INTO inbox (message_id, consumer_id, received, receive_count) VALUES (gen_random_uuid(), '{consumer}', now(), 1)");
        await Execute(Hub, $$"""
            INSERT INTO outbox (inbox_message_id, inbox_consumer_id, sequence_number, message_id, sent_time, content_type, message_type, body)
                VALUES (gen_random_uuid(), '{{consumer}}', 1, gen_random_uuid(), now(), 'application/json', 'delivery', '{"surname":"O''Brien"}')
            """);

        Assert.Single(await Strings(Hub, $"SELECT consumer_id::text FROM inbox WHERE consumer_id = '{consumer}'"));
        Assert.Empty(await Strings(As(Agency.Police), $"SELECT consumer_id::text FROM inbox WHERE consumer_id = '{consumer}'"));
        Assert.Empty(await Strings(As(Agency.Police), "SELECT body FROM outbox"));
        await Execute(As(Agency.Police), "DELETE FROM outbox");
        Assert.Single(await Strings(Hub, "SELECT body FROM outbox"));
    }

    [Fact]
    public async Task A_host_role_does_not_apply_pending_migrations_and_says_who_must()
    {
        var empty = await DatabaseSettings.NewDatabase();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(DatabaseSettings.As(empty, DatabaseRoles.Hub)).Build();
        await using var services = new ServiceCollection().AddLogging().AddHubPersistence(configuration).BuildServiceProvider();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => services.GetRequiredService<SchemaMigration>().Apply(CancellationToken.None));

        Assert.Contains("pending", refused.Message);
        Assert.Contains($"role {DatabaseRoles.Hub}", refused.Message);
        Assert.Contains("owner", refused.Message);
    }

    string Hub => DatabaseSettings.ConnectionAs(_owner, DatabaseRoles.Hub);

    string As(Agency agency) => DatabaseSettings.ConnectionAs(_owner, DatabaseRoles.Of(agency));

    static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    static async Task<List<string>> Strings(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
