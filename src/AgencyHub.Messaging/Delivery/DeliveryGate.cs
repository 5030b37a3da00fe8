using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Delivery;
using AgencyHub.Messaging.Journal;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Messaging.Delivery;

/// <summary>
/// The one gate every delivery to an agency passes (ARCHITECTURE.md, "Principles"). It asks the policy, sends the
/// allowed delivery to the recipient's queue, and for a blocked one logs it and tells the sending agency with a
/// <see cref="DeliveryBlocked"/> notice, so nothing is dropped silently.
/// </summary>
public sealed class DeliveryGate(DeliveryPolicy policy, MessageJournal journal, TimeProvider clock, ILogger<DeliveryGate> logger)
{
    /// <summary>
    /// Delivers <paramref name="message"/> from <paramref name="sender"/> to <paramref name="recipient"/> as a result
    /// of the message being consumed in <paramref name="source"/>. <paramref name="key"/> tells apart several
    /// deliveries of the same type to the same recipient caused by one source message. <paramref name="cause"/> is
    /// the agency's message the delivery answers, when the hub is consuming an internal message about it.
    /// </summary>
    public async Task<PolicyDecision> Deliver(ConsumeContext source, object message, Agency sender, Agency recipient, string? key = null,
        Guid? cause = null)
    {
        var contract = MessageCatalogue.For(message.GetType());
        var sourceId = cause ?? source.MessageId ?? NewId.NextGuid();
        var deliveryId = DeliveryIds.For(sourceId, recipient, contract.Name, key);
        var decision = policy.Evaluate(sender, recipient, contract.Name, contract.Purpose);
        var now = clock.GetUtcNow();
        if (decision.Allowed)
        {
            var delivery = new AgencyDelivery
            {
                DeliveryId = deliveryId,
                Sender = sender,
                Recipient = recipient,
                MessageType = contract.Name,
                Version = contract.Version,
                Purpose = contract.Purpose,
                Rule = decision.Rule,
                SourceMessageId = sourceId,
                DeliveredAt = now,
                Payload = JsonSerializer.SerializeToElement(message, contract.Type, ContractJson.Options),
            };
            var endpoint = await source.GetSendEndpoint(DeliveryQueues.Address(recipient));
            await endpoint.Send(delivery, context => context.MessageId = deliveryId, source.CancellationToken);
            journal.Record(source, new JournalEntry(now, JournalEntryKind.Delivered, deliveryId, contract.Name, sender, recipient, decision.Rule));
            return decision;
        }

        logger.LogWarning("Blocked {MessageType} {SourceMessageId} from {Sender} to {Recipient}: {Reason}",
            contract.Name, sourceId, sender, recipient, decision.Reason);
        journal.Record(source, new JournalEntry(now, JournalEntryKind.Blocked, deliveryId, contract.Name, sender, recipient, decision.Reason));
        if (sender != Agency.Hub)
            await Deliver(source, new DeliveryBlocked
            {
                BlockedMessageId = sourceId,
                MessageType = contract.Name,
                Recipient = recipient,
                Purpose = contract.Purpose,
                Rule = decision.Rule,
                Reason = decision.Reason,
                BlockedAt = now,
            }, Agency.Hub, sender, key: $"{recipient}|{key}", cause: sourceId);
        return decision;
    }
}
