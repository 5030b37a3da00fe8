using System.Collections.Concurrent;
using AgencyHub.Persistence.Credentials;

namespace AgencyHub.Adapters.Common.Credentials;

/// <summary>
/// Checks a presented API key against the store. What the store said of a key is kept for
/// <see cref="CredentialOptions.KeyCacheTime"/>, so a busy agency system costs one lookup per interval, not one per
/// request; the secret's hash and the expiry are checked on every request.
/// </summary>
public sealed class ApiKeyValidator(ApiKeyStore store, CredentialOptions options, TimeProvider clock)
{
    readonly ConcurrentDictionary<string, (ApiKeyRecord Record, long ReadAt)> _known = new();

    /// <summary>The agency system <paramref name="key"/> belongs to, or why it is refused.</summary>
    public async Task<KeyCheck> Check(string key, CancellationToken cancellationToken)
    {
        if (ApiKeySecret.PrefixOf(key) is not { } prefix) return KeyCheck.Refused(null, null, "not an AgencyHub API key");
        if (await Record(prefix, cancellationToken) is not { } record) return KeyCheck.Refused(prefix, null, "unknown key");
        if (!ApiKeySecret.Matches(key, record.SecretHash)) return KeyCheck.Refused(prefix, record, "unknown key");
        if (record.RevokedAt is { } revoked) return KeyCheck.Refused(prefix, record, $"the key was revoked at {revoked:O}");
        if (clock.GetUtcNow() >= record.ExpiresAt) return KeyCheck.Refused(prefix, record, $"the key expired at {record.ExpiresAt:O}");
        return new KeyCheck(prefix, record, null);
    }

    /// <summary>
    /// Why the key with <paramref name="prefix"/> no longer works (unknown, revoked, expired), or null while it does:
    /// for a sign-in that outlives the request that showed the key.
    /// </summary>
    public async Task<string?> Refusal(string prefix, CancellationToken cancellationToken) =>
        await Record(prefix, cancellationToken) switch
        {
            null => "unknown key",
            { RevokedAt: { } revoked } => $"the key was revoked at {revoked:O}",
            { ExpiresAt: var expires } when clock.GetUtcNow() >= expires => $"the key expired at {expires:O}",
            _ => null,
        };

    async Task<ApiKeyRecord?> Record(string prefix, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(prefix, out var known) && clock.GetElapsedTime(known.ReadAt) < options.KeyCacheTime) return known.Record;
        var record = await store.Find(prefix, cancellationToken);
        if (record is null) _known.TryRemove(prefix, out _);
        else _known[prefix] = (record, clock.GetTimestamp());
        return record;
    }
}

/// <summary>What a key check found: the key's record when it is good, otherwise the reason it is refused.</summary>
/// <param name="Prefix">The key's prefix, when it is shaped like a key: safe to log.</param>
/// <param name="Record">The stored key the prefix names, if any.</param>
/// <param name="Failure">Why the key is refused; null when it is good.</param>
public sealed record KeyCheck(string? Prefix, ApiKeyRecord? Record, string? Failure)
{
    /// <summary>A refused key.</summary>
    public static KeyCheck Refused(string? prefix, ApiKeyRecord? record, string failure) => new(prefix, record, failure);
}
