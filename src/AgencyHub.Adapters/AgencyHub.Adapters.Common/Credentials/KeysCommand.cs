using System.Globalization;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Credentials;

namespace AgencyHub.Adapters.Common.Credentials;

/// <summary>
/// <c>&lt;host&gt; keys …</c>: manages the API keys of the agencies a host serves (and, on the orchestrator and the all-in-one
/// host, of the hub's staff, agency <c>hub</c>). The secret of a new key is printed
/// once and cannot be shown again; every change is recorded in the agency's activity under the operator's name.
/// </summary>
public sealed class KeysCommand(ApiKeyStore store, CredentialOptions options, TimeProvider clock, IReadOnlyList<Agency> hosted, TextWriter output)
{
    /// <summary>How to use the command.</summary>
    public const string Usage = """
        keys create --agency AGENCY --name "AGENCY SYSTEM" [--days N]   a new key (printed once)
        keys create --agency hub --role ROLE --name "PERSON" [--days N]  a key of the hub's staff (orchestrator and
                                                                        all-in-one host): administrator, operator
                                                                        or read-only
        keys list [--agency AGENCY]                                     every key, without secrets
        keys revoke PREFIX                                              refuse the key from now on
        keys rotate PREFIX [--overlap-days N] [--days N]                a new key for the same system; the old one
                                                                        keeps working for N days (default 7)
        """;

    static readonly string Operator = $"{Environment.UserName} (keys command)";

    /// <summary>Runs the command in <paramref name="args"/> (after <c>keys</c>); returns the process's exit code.</summary>
    public async Task<int> Run(string[] args, CancellationToken cancellationToken)
    {
        try
        {
            return args switch
            {
                ["create", .. var rest] => await Create(CommandOptions.Parse(rest), cancellationToken),
                ["list", .. var rest] => await List(CommandOptions.Parse(rest), cancellationToken),
                ["revoke", var prefix] => await Revoke(prefix, cancellationToken),
                ["rotate", var prefix, .. var rest] => await Rotate(prefix, CommandOptions.Parse(rest), cancellationToken),
                _ => Fail("unknown keys command"),
            };
        }
        catch (CommandUsageException exception)
        {
            return Fail(exception.Message);
        }
    }

    async Task<int> Create(Dictionary<string, string> given, CancellationToken cancellationToken)
    {
        var agency = AgencyOf(given) ?? throw new CommandUsageException($"--agency is required: one of {Slugs(hosted)}");
        if (!given.TryGetValue("name", out var name) || string.IsNullOrWhiteSpace(name))
            throw new CommandUsageException("--name is required: the agency system (or, for hub, the person) that will hold the key, e.g. \"Lancashire custody system\"");
        var role = given.TryGetValue("role", out var roleName) ? roleName : null;
        if ((agency == Agency.Hub) != (role is not null))
            throw new CommandUsageException("--role goes with --agency hub, and only there: administrator, operator or read-only");
        if (role is not null && !StaffRoles.TryParse(role, out _))
            throw new CommandUsageException($"--role must be administrator, operator or read-only (got '{role}')");
        var issued = agency == Agency.Hub && StaffRoles.TryParse(role, out var staffRole)
            ? await store.CreateStaff(name.Trim(), staffRole, Expiry(given, "days"), Operator, cancellationToken)
            : await store.Create(agency.Slug(), name.Trim(), Expiry(given, "days"), Operator, cancellationToken);
        Print(issued);
        return 0;
    }

    async Task<int> List(Dictionary<string, string> given, CancellationToken cancellationToken)
    {
        var agency = given.ContainsKey("agency") ? AgencyOf(given) : null;
        var now = clock.GetUtcNow();
        output.WriteLine($"{"prefix",-12} {"agency",-10} {"expires (UTC)",-20} {"status",-8} name (role)");
        foreach (var key in await store.List(agency?.Slug(), cancellationToken))
        {
            if (agency is null && !hosted.Any(a => a.Slug() == key.Agency)) continue;
            var status = key.RevokedAt is not null ? "revoked" : key.IsActiveAt(now) ? "active" : "expired";
            output.WriteLine($"{key.Prefix,-12} {key.Agency,-10} {key.ExpiresAt.UtcDateTime,-20:yyyy-MM-dd HH:mm} {status,-8} {key.Name}" +
                (key.Role is { } role ? $" ({role})" : ""));
        }
        return 0;
    }

    async Task<int> Revoke(string prefix, CancellationToken cancellationToken)
    {
        if (await HostedKey(prefix, cancellationToken) is null) return Fail($"no key {prefix} of {Slugs(hosted)}");
        var key = (await store.Revoke(prefix, Operator, cancellationToken))!;
        output.WriteLine($"revoked {key.Prefix} of {key.Agency} ({key.Name}) at {key.RevokedAt:O}");
        return 0;
    }

    async Task<int> Rotate(string prefix, Dictionary<string, string> given, CancellationToken cancellationToken)
    {
        if (await HostedKey(prefix, cancellationToken) is null) return Fail($"no key {prefix} of {Slugs(hosted)}");
        var overlap = TimeSpan.FromDays(Days(given, "overlap-days") ?? 7);
        if (await store.Rotate(prefix, overlap, Expiry(given, "days"), Operator, cancellationToken) is not { } issued)
            return Fail($"key {prefix} is revoked or expired: create a new one instead");
        Print(issued);
        output.WriteLine($"the old key {prefix} keeps working until {clock.GetUtcNow() + overlap:O} at the latest");
        return 0;
    }

    async Task<ApiKeyRecord?> HostedKey(string prefix, CancellationToken cancellationToken) =>
        await store.Find(prefix, cancellationToken) is { } key && hosted.Any(a => a.Slug() == key.Agency) ? key : null;

    void Print(IssuedKey issued)
    {
        var key = issued.Record;
        output.WriteLine($"key {key.Prefix} for {key.Name} ({key.Agency}{(key.Role is { } role ? $", {role}" : "")}), expires {key.ExpiresAt:O}");
        output.WriteLine("Give this key to its holder now: it is not stored and cannot be shown again.");
        output.WriteLine(issued.Key);
    }

    DateTimeOffset Expiry(Dictionary<string, string> given, string option) =>
        clock.GetUtcNow() + (Days(given, option) is { } days ? TimeSpan.FromDays(days) : options.DefaultKeyLifetime);

    static int? Days(Dictionary<string, string> given, string option)
    {
        if (!given.TryGetValue(option, out var text)) return null;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 3650
            ? days
            : throw new CommandUsageException($"--{option} must be a whole number of days from 1 to 3650");
    }

    Agency? AgencyOf(Dictionary<string, string> given)
    {
        if (!given.TryGetValue("agency", out var slug)) return hosted.Count == 1 ? hosted[0] : null;
        return AgencyNames.TryParse(slug, out var agency) && hosted.Contains(agency)
            ? agency
            : throw new CommandUsageException($"--agency must be one of {Slugs(hosted)} (this host's)");
    }

    static string Slugs(IEnumerable<Agency> agencies) => string.Join(", ", agencies.Select(a => a.Slug()));

    int Fail(string reason)
    {
        Console.Error.WriteLine($"keys: {reason}");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
