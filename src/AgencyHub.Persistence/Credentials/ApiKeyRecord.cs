namespace AgencyHub.Persistence.Credentials;

/// <summary>
/// One API key of an agency system, or of a member of the hub's staff: who holds it and until when. Only a hash of the secret is stored; the prefix,
/// which is part of the key, finds the record and names the key in logs without revealing it.
/// </summary>
public sealed class ApiKeyRecord
{
    /// <summary>The key's id.</summary>
    public Guid KeyId { get; set; }

    /// <summary>The agency whose routes the key opens (its slug).</summary>
    public string Agency { get; set; } = "";

    /// <summary>The agency system holding the key, e.g. "Lancashire custody system".</summary>
    public string Name { get; set; } = "";

    /// <summary>The key's public part (<c>ahk_{prefix}_…</c>), unique.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 of the whole key.</summary>
    public byte[] SecretHash { get; set; } = [];

    /// <summary>When it was made.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>After this instant the key is refused.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When it was revoked, if it was.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>For a key of the hub's staff (agency <c>hub</c>), what its holder may do (<see cref="StaffRole"/>); null for an agency system's.</summary>
    public string? Role { get; set; }

    /// <summary>The key this one replaced in a rotation, if any.</summary>
    public Guid? Replaces { get; set; }

    /// <summary>Whether the key opens its agency's routes at <paramref name="now"/>.</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
