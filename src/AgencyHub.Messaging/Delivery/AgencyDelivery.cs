using AgencyHub.Contracts.Delivery;
using System.Text.Json;
using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Messaging.Delivery;

/// <summary>
/// A message on its way to one agency, after the delivery gate allowed it. Sent to the recipient adapter's
/// queue (<see cref="DeliveryQueues"/>), which appends it to the agency's feed. The envelope records who sent
/// it, why, under which agreement and about whom; the payload is the recipient's copy of the contract message in its
/// wire JSON, holding only the fields the agreement gives it.
/// </summary>
public sealed record AgencyDelivery
{
    /// <summary>Unique per source message, recipient and message type, so a repeat delivery is recognised.</summary>
    public required Guid DeliveryId { get; init; }

    /// <summary>The agency (or the hub) that sent the message.</summary>
    public required Agency Sender { get; init; }

    /// <summary>The agency the message is for.</summary>
    public required Agency Recipient { get; init; }

    /// <summary>Contract name, e.g. <c>ppo-reception-alert</c>.</summary>
    public required string MessageType { get; init; }

    /// <summary>Contract version.</summary>
    public required int Version { get; init; }

    /// <summary>The purpose the delivery was allowed for.</summary>
    public required string Purpose { get; init; }

    /// <summary>The agreement it rests on, with its version (e.g. <c>custody-and-release@2</c>).</summary>
    public required string Agreement { get; init; }

    /// <summary>Whom it is about, as the audit trail records it (e.g. <c>pnc:2004/0123456X</c>), if anyone.</summary>
    public string? PersonReference { get; init; }

    /// <summary>
    /// The person in the hub's register whose consent the delivery rests on, when its agreement asks for consent: the
    /// recipient's adapter checks the consent again before the delivery goes on the feed.
    /// </summary>
    public Guid? ConsentOf { get; init; }

    /// <summary>The id of the message that caused this delivery.</summary>
    public Guid? SourceMessageId { get; init; }

    /// <summary>When the gate allowed the delivery.</summary>
    public required DateTimeOffset DeliveredAt { get; init; }

    /// <summary>The recipient's copy of the contract message, in the contract wire format.</summary>
    public required JsonElement Payload { get; init; }

    /// <summary>What the hub marks on it for the recipient (<see cref="DeliveryMark"/>); none for most.</summary>
    public IReadOnlyList<DeliveryMark> Marks { get; init; } = [];
}
