namespace AgencyHub.Persistence.Credentials;

/// <summary>What a member of the hub's staff may do with their key (agency <c>hub</c>).</summary>
public enum StaffRole
{
    /// <summary>Keeps the data-sharing agreements: drafts, amends, activates, suspends, renews and ends them.</summary>
    Administrator,

    /// <summary>Works the hub's operations: held deliveries, failed messages.</summary>
    Operator,

    /// <summary>Looks, and does nothing.</summary>
    ReadOnly,
}

/// <summary>The names staff roles go by in keys, claims and the <c>keys</c> command.</summary>
public static class StaffRoles
{
    /// <summary>E.g. <c>administrator</c>, <c>read-only</c>.</summary>
    public static string Slug(this StaffRole role) => role == StaffRole.ReadOnly ? "read-only" : role.ToString().ToLowerInvariant();

    /// <summary>Reads a role from its name.</summary>
    public static bool TryParse(string? value, out StaffRole role)
    {
        foreach (var candidate in Enum.GetValues<StaffRole>())
            if (string.Equals(candidate.Slug(), value, StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        role = default;
        return false;
    }
}
