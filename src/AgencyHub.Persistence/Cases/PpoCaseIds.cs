using System.Security.Cryptography;
using System.Text;

namespace AgencyHub.Persistence.Cases;

/// <summary>
/// The case id of a person in a scheme, derived rather than stored in a lookup: every host computes the same id,
/// so one person in one scheme always has exactly one case.
/// </summary>
public static class PpoCaseIds
{
    /// <summary>The case of <paramref name="personId"/> in the scheme <paramref name="schemeCode"/>.</summary>
    public static Guid For(Guid personId, string schemeCode)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"ppo-case|{personId:N}|{schemeCode.ToUpperInvariant()}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
