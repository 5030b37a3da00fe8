using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AgencyHub.Tests.Credentials;

/// <summary><c>&lt;host&gt; keys …</c>: create, list, revoke and rotate, limited to the agencies the host serves.</summary>
public sealed class KeysCommandTests : IAsyncLifetime
{
    readonly FakeTimeProvider _clock = new(Messages.Now);
    ServiceProvider _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.NewMigrated();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    ApiKeyStore Store => new(_database.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AgencyHub.Persistence.HubDbContext>>(),
        _database.GetRequiredService<AgencyHub.Persistence.Audit.AuditTrail>(), _clock);

    async Task<(int Exit, string[] Lines)> Run(Agency[] hosted, params string[] args)
    {
        var output = new StringWriter();
        var exit = await new KeysCommand(Store, new CredentialOptions(), _clock, hosted, output).Run(args, CancellationToken.None);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Create_prints_the_key_once_and_list_shows_it_without_the_secret()
    {
        var (exit, created) = await Run([Agency.Police], "create", "--name", "Lancashire custody system", "--days", "90");
        var key = created[^1];

        Assert.Equal(0, exit);
        var record = Assert.Single(await Store.List("police", CancellationToken.None));
        Assert.Equal(("Lancashire custody system", Messages.Now.AddDays(90)), (record.Name, record.ExpiresAt));
        Assert.True(ApiKeySecret.Matches(key, record.SecretHash));

        var (_, listed) = await Run([Agency.Police], "list");
        Assert.Contains(listed, line => line.StartsWith(record.Prefix) && line.Contains("active") && line.EndsWith("Lancashire custody system"));
        Assert.DoesNotContain(listed, line => line.Contains(key));
    }

    [Fact]
    public async Task A_staff_key_needs_its_role_keeps_it_through_a_rotation_and_a_role_goes_with_the_hub_only()
    {
        var (exit, created) = await Run([Agency.Police, Agency.Hub], "create", "--agency", "hub", "--role", "administrator", "--name", "Siân O'Brien");
        var prefix = ApiKeySecret.PrefixOf(created[^1])!;
        await Run([Agency.Hub], "rotate", prefix);

        Assert.Equal(0, exit);
        Assert.All(await Store.List("hub", CancellationToken.None), key => Assert.Equal(("Siân O'Brien", "administrator"), (key.Name, key.Role)));
        Assert.Equal(2, (await Run([Agency.Hub], "create", "--agency", "hub", "--name", "no role")).Exit);
        Assert.Equal(2, (await Run([Agency.Hub], "create", "--agency", "hub", "--role", "superuser", "--name", "x")).Exit);
        Assert.Equal(2, (await Run([Agency.Police, Agency.Hub], "create", "--agency", "police", "--role", "operator", "--name", "x")).Exit);
    }

    [Fact]
    public async Task Revoke_and_rotate_change_the_key_in_the_store()
    {
        var (_, first) = await Run([Agency.Prison], "create", "--name", "HMP Leeds reception");
        var prefix = ApiKeySecret.PrefixOf(first[^1])!;

        var (rotated, rotation) = await Run([Agency.Prison], "rotate", prefix, "--overlap-days", "2");
        var successor = ApiKeySecret.PrefixOf(rotation.Single(line => line.StartsWith("ahk_")))!;
        var (revoked, _) = await Run([Agency.Prison], "revoke", successor);

        Assert.Equal((0, 0), (rotated, revoked));
        var keys = (await Store.List("prison", CancellationToken.None)).ToDictionary(k => k.Prefix);
        Assert.Equal(Messages.Now.AddDays(2), keys[prefix].ExpiresAt);
        Assert.NotNull(keys[successor].RevokedAt);
    }

    [Fact]
    public async Task An_adapter_host_manages_only_its_own_agencys_keys()
    {
        var (other, _) = await Run([Agency.Police], "create", "--agency", "prison", "--name", "HMP Leeds reception");
        var (_, prisonKey) = await Run([Agency.Prison], "create", "--name", "HMP Leeds reception");
        var (revokeOther, _) = await Run([Agency.Police], "revoke", ApiKeySecret.PrefixOf(prisonKey[^1])!);

        Assert.Equal((2, 2), (other, revokeOther));
        Assert.Null(Assert.Single(await Store.List("prison", CancellationToken.None)).RevokedAt);
    }

    [Theory]
    [InlineData("create")]
    [InlineData("create", "--name", " ")]
    [InlineData("create", "--name", "x", "--days", "0")]
    [InlineData("rotate")]
    [InlineData("frobnicate")]
    public async Task A_wrong_use_exits_2(params string[] args)
    {
        var (exit, _) = await Run([Agency.Police], args);
        Assert.Equal(2, exit);
        Assert.Empty(await Store.List(null, CancellationToken.None));
    }
}
