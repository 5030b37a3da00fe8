using System.Net;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Tests.Support;

namespace AgencyHub.Tests.Credentials;

/// <summary>The all-in-one host makes a development key per agency on first start, so its one command is all a newcomer runs.</summary>
public sealed class DevelopmentKeysTests
{
    [Fact]
    public async Task Each_agency_gets_a_key_readable_by_the_owner_only_that_opens_its_routes()
    {
        await using var hub = await AllInOneClient.Start();

        foreach (var agency in AgencyNames.Partners)
        {
            var file = Path.Combine(hub.KeysFolder, $"{agency.Slug()}.key");
            Assert.StartsWith("ahk_", await File.ReadAllTextAsync(file));
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            Assert.Equal(HttpStatusCode.OK, (await hub.Http.GetAsync($"/agencies/{agency.Slug()}/feed")).StatusCode);
        }
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(hub.KeysFolder));
    }

    [Fact]
    public async Task A_restart_keeps_the_keys_that_still_work_and_replaces_one_that_does_not()
    {
        var database = TestDatabase.NewSqliteFile();
        var keys = Directory.CreateTempSubdirectory("agencyhub-keys-").FullName;
        var settings = new Dictionary<string, string?> { ["Persistence:ConnectionString"] = database, ["Credentials:DevelopmentKeysPath"] = keys };
        string police, prison;
        await using (await AllInOneClient.Start(settings))
            (police, prison) = (await File.ReadAllTextAsync(Path.Combine(keys, "police.key")), await File.ReadAllTextAsync(Path.Combine(keys, "prison.key")));
        await File.WriteAllTextAsync(Path.Combine(keys, "prison.key"), "ahk_abcdefghjk_not-a-key-the-hub-made");

        await using var restarted = await AllInOneClient.Start(settings);

        Assert.Equal(police, await File.ReadAllTextAsync(Path.Combine(keys, "police.key")));
        var replaced = await File.ReadAllTextAsync(Path.Combine(keys, "prison.key"));
        Assert.NotEqual(prison, replaced);
        Assert.StartsWith("ahk_", replaced);
        Assert.Equal(HttpStatusCode.OK, (await restarted.Http.GetAsync("/agencies/prison/feed")).StatusCode);
    }
}
