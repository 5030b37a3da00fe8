namespace AgencyHub.Contracts.Agencies;

/// <summary>The lower-case names agencies go by in routes, queues and configuration.</summary>
public static class AgencyNames
{
    /// <summary>The seven partner agencies, which each run an adapter (the hub has none).</summary>
    public static IReadOnlyList<Agency> Partners { get; } = Enum.GetValues<Agency>().Where(a => a != Agency.Hub).ToArray();

    /// <summary>The route and queue name of an agency, e.g. <c>police</c>.</summary>
    public static string Slug(this Agency agency) => agency.ToString().ToLowerInvariant();

    /// <summary>Reads an agency from its slug or name, ignoring case.</summary>
    public static bool TryParse(string? value, out Agency agency) =>
        Enum.TryParse(value, ignoreCase: true, out agency) && Enum.IsDefined(agency) && !int.TryParse(value, out _);
}
