namespace AgencyHub.Scheduling;

/// <summary>
/// A hash of a scheduling token, FNV-1a over its bytes: stable across processes and runtimes (unlike
/// <see cref="HashCode"/>), as the token's shard and fire-time offset must be on every host, and spreading MassTransit's
/// sequential ids, whose bytes mostly agree, evenly.
/// </summary>
public static class TokenHash
{
    /// <summary>The hash of <paramref name="tokenId"/>.</summary>
    public static uint Of(Guid tokenId)
    {
        var hash = 2166136261u;
        foreach (var b in tokenId.ToByteArray()) hash = (hash ^ b) * 16777619u;
        return hash;
    }
}
