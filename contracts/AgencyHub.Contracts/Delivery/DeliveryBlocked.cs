using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;

namespace AgencyHub.Contracts.Delivery;

/// <summary>
/// A delivery was refused by the delivery gate: no data-sharing agreement in force covered it, or a condition of the
/// agreement on the person did not hold. The hub holds the delivery, and an operator can release it once an agreement
/// covers it or consent is given: nothing is dropped silently.
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

    /// <summary>
    /// The agreement that decided (id@version, e.g. <c>custody-and-release@2</c>): the one whose condition failed, or
    /// the one nearest to covering the delivery; <c>none</c> when no agreement would cover it.
    /// </summary>
    public required string Rule { get; init; }

    /// <summary>The condition on the person that failed (<c>current-ppo</c>, <c>under-18</c>, <c>consent</c>), if that was why.</summary>
    [StringLength(20)]
    public string? Condition { get; init; }

    /// <summary>Why the delivery was refused, in words an operator can act on.</summary>
    public required string Reason { get; init; }

    /// <summary>When the delivery was refused.</summary>
    public required DateTimeOffset BlockedAt { get; init; }
}
