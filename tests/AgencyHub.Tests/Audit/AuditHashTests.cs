using System.Security.Cryptography;
using System.Text;
using AgencyHub.Persistence.Audit;

namespace AgencyHub.Tests.Audit;

/// <summary>PostgreSQL hashes an entry from the bytes around its position; they must make the very hash the verification recomputes.</summary>
public sealed class AuditHashTests
{
    [Theory]
    [InlineData(1L)]
    [InlineData(1234567890123L)]
    public void The_bytes_around_the_position_with_the_position_between_them_hash_as_the_whole_entry(long position)
    {
        var entry = new AuditEntry
        {
            Agency = "police", Chain = 5, Position = position, At = DateTimeOffset.Parse("2026-12-02T09:30:00.123456Z"), Action = AuditAction.Delivered,
            Category = AuditCategory.Disclosure, Actor = "hub", PersonReference = "pnc:2004/0123456X", Recipient = "probation", Detail = "Ysgol \"Gymraeg\" ŵ, <b>",
            MessageId = Guid.Parse("513c5957-4fdf-3f42-9bc9-34dac4bc8695"), FromCursor = null, PreviousHash = SHA256.HashData("previous"u8),
        };

        var (prefix, suffix) = AuditHash.Around(entry);
        var hashedInParts = SHA256.HashData([.. entry.PreviousHash, .. prefix, .. Encoding.UTF8.GetBytes(position.ToString()), .. suffix]);

        Assert.Equal(AuditHash.Of(entry), hashedInParts);
    }
}
