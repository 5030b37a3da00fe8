using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Persistence.Database;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Adapters.Common.Credentials;

/// <summary>
/// Local use without a set-up step: at start, each hosted agency gets a development key in <c>{path}/{agency}.key</c>
/// (the folder and files readable by the host's user only), unless the file already holds a key that still works; a
/// host serving the hub's staff also makes a key per staff role, <c>{path}/{role}.key</c> (administrator, operator,
/// read-only).
/// Starts after the schema step, as hosted services start in order.
/// </summary>
public sealed class DevelopmentKeys(string path, IReadOnlyList<Agency> agencies, ApiKeyStore store, ApiKeyValidator validator,
    CredentialOptions options, TimeProvider clock, IEnumerable<StaffAccess> staff, ILogger<DevelopmentKeys> logger) : IHostedService
{
    /// <summary>The name development keys are made under.</summary>
    public const string Holder = "development key (all-in-one host)";

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await MakeMissing(cancellationToken);
        }
        catch (Exception exception) when (DatabaseFailure.Is(exception))
        {
            // The host still starts; without its database no key could be checked anyway.
            logger.LogWarning("No development API keys were made: the database is unavailable ({Error})", exception.Message);
        }
    }

    async Task MakeMissing(CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(path);
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var made = 0;
        foreach (var agency in agencies)
            if (await MakeUnlessWorking(Path.Combine(folder, $"{agency.Slug()}.key"), agency.Slug(), null,
                    () => store.Create(agency.Slug(), Holder, Expiry, "all-in-one host", cancellationToken), cancellationToken))
                made++;
        foreach (var role in staff.Any() ? Enum.GetValues<StaffRole>() : [])
            if (await MakeUnlessWorking(Path.Combine(folder, StaffFile(role)), ApiKeyStore.Staff, role.Slug(),
                    () => store.CreateStaff(Holder, role, Expiry, "all-in-one host", cancellationToken), cancellationToken))
                made++;
        logger.LogInformation(
            "Development API keys, one per agency{Staff} ({Made} new): {Folder}/{{agency}}.key; send one as 'Authorization: Bearer <key>'",
            staff.Any() ? " and one per staff role (administrator.key, operator.key, read-only.key) for the admin API" : "", made, folder);
    }

    /// <summary>The development key file of a staff role, e.g. <c>administrator.key</c>.</summary>
    public static string StaffFile(StaffRole role) => $"{role.Slug()}.key";

    DateTimeOffset Expiry => clock.GetUtcNow() + options.DefaultKeyLifetime;

    // True when a key was made: the file held none that still works for this holder.
    async Task<bool> MakeUnlessWorking(string file, string agency, string? role, Func<Task<IssuedKey>> make, CancellationToken cancellationToken)
    {
        if (File.Exists(file) && (await validator.Check((await File.ReadAllTextAsync(file, cancellationToken)).Trim(), cancellationToken))
                is { Failure: null, Record: { } record } && record.Agency == agency && record.Role == role)
            return false;
        await Write(file, (await make()).Key, cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Written beside the file and moved over it, so a reader never sees half a key; owner-only from the moment it exists.
    static async Task Write(string file, string key, CancellationToken cancellationToken)
    {
        var temporary = file + ".new";
        File.Delete(temporary);
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var stream = new FileStream(temporary, fileOptions))
        await using (var writer = new StreamWriter(stream))
            await writer.WriteLineAsync(key.AsMemory(), cancellationToken);
        File.Move(temporary, file, overwrite: true);
    }
}
