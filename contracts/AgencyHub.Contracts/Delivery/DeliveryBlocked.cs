using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;

namespace AgencyHub.Contracts.Delivery;

/// <summary>
/// A delivery was refused by the delivery policy: nothing is dropped silently (DOMAIN.md, "Data sharing").
/// <para>Sender: hub. Recipient: the agency whose message could not be delivered.</para>
/// <para>Personal data: none; the blocked message is identified by id only.</para>
/// </summary>
[MessageContract("delivery-blocked", 1,
    Senders = [Agency.Hub],
    Recipients = [Agency.Police, Agency.Cps, Agency.Courts, Agency.Prison, Agency.Probation, Agency.Cjit, Agency.Yot],
    Purpose = "delivery-governance")]
public sealed record DeliveryBlocked
{
    /// <summary>The id of the message that was not delivered, as returned by the ingress API.</summary>
    public required Guid BlockedMessageId { get; init; }

    /// <summary>Its type, e.g. <c>ppo-selected</c>.</summary>
    public required string MessageType { get; init; }

    /// <summary>The agency it was not delivered to.</summary>
    public required Agency Recipient { get; init; }

    /// <summary>The purpose the delivery was for.</summary>
    public required string Purpose { get; init; }

    /// <summary>The policy rule that decided: the nearest rule that did not cover this delivery, or <c>none</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>Why the delivery was refused, in words an operator can act on.</summary>
    public required string Reason { get; init; }

    /// <summary>When the delivery was refused.</summary>
    public required DateTimeOffset BlockedAt { get; init; }
}
