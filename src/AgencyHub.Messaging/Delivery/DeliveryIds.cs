using System.Security.Cryptography;
using System.Text;
using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Messaging.Delivery;

/// <summary>
/// Derives a delivery id from what caused it, so that processing the same source message again produces the
/// same id and the recipient's feed keeps one copy.
/// </summary>
public static class DeliveryIds
{
    /// <summary>The id for delivering <paramref name="messageType"/> to <paramref name="recipient"/> because of
    /// <paramref name="sourceMessageId"/>; <paramref name="key"/> tells apart several such deliveries.</summary>
    public static Guid For(Guid sourceMessageId, Agency recipient, string messageType, string? key = null)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{sourceMessageId:N}|{recipient}|{messageType}|{key}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
