using AgencyHub.Contracts.Delivery;
using System.Text.Json;
using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Adapters.Common.Feeds;

/// <summary>One message in an agency's feed, as the agency's system reads it (pull) or receives it (webhook).</summary>
/// <param name="Cursor">Position in the feed; acknowledge it to move past this item.</param>
/// <param name="DeliveryId">Unique id of this delivery; a repeat offer of the same item has the same id.</param>
/// <param name="MessageType">Contract name, e.g. <c>ppo-reception-alert</c>; see <c>GET /catalogue</c>.</param>
/// <param name="Version">Contract version.</param>
/// <param name="Sender">Who sent it: an agency, or <c>hub</c>.</param>
/// <param name="Purpose">Why it is shared with this agency.</param>
/// <param name="SourceMessageId">The message that caused this delivery.</param>
/// <param name="DeliveredAt">When the hub delivered it.</param>
/// <param name="Payload">The message itself.</param>
/// <param name="Marks">What the hub marks on it (<c>ppo</c>: about a current PPO; <c>priority</c>: act on it first); usually none.</param>
public sealed record FeedItem(
    string Cursor, Guid DeliveryId, string MessageType, int Version, Agency Sender, string Purpose,
    Guid? SourceMessageId, DateTimeOffset DeliveredAt, JsonElement Payload, IReadOnlyList<DeliveryMark> Marks);
