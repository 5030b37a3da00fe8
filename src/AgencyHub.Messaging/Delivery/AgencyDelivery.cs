using System.Text.Json;
using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Messaging.Delivery;

/// <summary>
/// A message on its way to one agency, after the delivery gate allowed it. Sent to the recipient adapter's
/// queue (<see cref="DeliveryQueues"/>), which appends it to the agency's feed. The envelope records who sent
/// it, why and under which policy rule; the payload is the contract message in its wire JSON.
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

    /// <summary>The delivery policy rule that allowed it.</summary>
    public required string Rule { get; init; }

    /// <summary>The id of the message that caused this delivery.</summary>
    public Guid? SourceMessageId { get; init; }

    /// <summary>When the gate allowed the delivery.</summary>
    public required DateTimeOffset DeliveredAt { get; init; }

    /// <summary>The contract message, serialised with the contract wire format.</summary>
    public required JsonElement Payload { get; init; }
}
