namespace AgencyHub.Scheduling;

/// <summary>
/// A hash of a scheduling token: stable across processes and runtimes (unlike <see cref="HashCode"/>), as the token's
/// shard and fire-time offset must be the same on every host, and even in its low bits, which pick the shard.
/// </summary>
public static class TokenHash
{
    /// <summary>The hash of <paramref name="tokenId"/>.</summary>
    public static uint Of(Guid tokenId)
    {
        // FNV-1a over the bytes. Its low bits depend only on the bytes' low bits, and MassTransit's sequential ids differ
        // in few of those: on another machine's ids two of eight shards got twice the tokens of others. MurmurHash3's
        // finalizer mixes every bit into the low ones.
        var hash = 2166136261u;
        foreach (var b in tokenId.ToByteArray()) hash = (hash ^ b) * 16777619u;
        hash ^= hash >> 16;
        hash *= 0x85ebca6bu;
        hash ^= hash >> 13;
        hash *= 0xc2b2ae35u;
        return hash ^ (hash >> 16);
    }
}
