using System.Security.Cryptography;
using System.Text.Json;

namespace AgencyHub.Persistence.Audit;

/// <summary>
/// An entry's hash: SHA-256 of the previous entry's hash followed by the entry's content as a JSON array in a fixed
/// order (a field cannot run into the next, as it could in plain concatenation). Everything but the hashes is covered,
/// its chain and position too, so an entry moved elsewhere no longer matches.
/// </summary>
public static class AuditHash
{
    /// <summary>The hash before a chain's first entry.</summary>
    public static byte[] Start { get; } = new byte[32];

    /// <summary>The hash <paramref name="entry"/> should have, given its <see cref="AuditEntry.PreviousHash"/>.</summary>
    public static byte[] Of(AuditEntry entry) =>
        SHA256.HashData([.. entry.PreviousHash, .. JsonSerializer.SerializeToUtf8Bytes<object?[]>([.. Before(entry), entry.Position, .. After(entry)])]);

    /// <summary>
    /// The content's bytes before and after its position (the position itself is written between them in decimal, as
    /// JSON writes a number): for a database that numbers the entry and hashes it in one statement.
    /// </summary>
    public static (byte[] Prefix, byte[] Suffix) Around(AuditEntry entry)
    {
        var before = JsonSerializer.SerializeToUtf8Bytes(Before(entry));
        var after = JsonSerializer.SerializeToUtf8Bytes(After(entry));
        // "[a,b]" and "[c,d]" around the position p make "[a,b," + p + ",c,d]".
        return ([.. before[..^1], (byte)','], [(byte)',', .. after[1..]]);
    }

    static object?[] Before(AuditEntry entry) => [entry.Agency, entry.Chain];

    static object?[] After(AuditEntry entry) =>
    [
        entry.At.UtcTicks, entry.Category.ToString(), entry.Action.ToString(), entry.Actor, entry.PersonReference, entry.Recipient, entry.Purpose,
        entry.Agreement, entry.Justification, entry.MessageId, entry.MessageType, entry.FromCursor, entry.ToCursor, entry.Detail,
    ];

    /// <summary><paramref name="at"/> to the microsecond, all PostgreSQL keeps: the hash must read back the same.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);
}
