using AgencyHub.Messaging.Time;
using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Delivery;
using AgencyHub.Contracts.Identity;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Journal;
using AgencyHub.Messaging.Sharing;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Outbox;
using AgencyHub.Persistence.Sharing;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Sharing;

/// <summary>
/// The one gate every delivery to an agency passes, the hub's own included. A delivery needs an agreement in force
/// that covers its sender, recipient and type (and so its purpose), with the flow's conditions on the person holding
/// now; the recipient then gets only the fields the agreement gives it. A delivery that fails is held whole
/// (<see cref="HeldDelivery"/>), logged without personal data, and the sending agency is told with a
/// <see cref="DeliveryBlocked"/> notice naming the agreement and the condition: nothing is dropped silently.
/// </summary>
public sealed class DeliveryGate(AgreementCache agreements, MessageJournal journal, TimeProvider clock, ILogger<DeliveryGate> logger)
{
    /// <summary>
    /// Delivers <paramref name="message"/> from <paramref name="sender"/> to <paramref name="recipient"/> as a result
    /// of the message being consumed in <paramref name="source"/>, in its transaction. <paramref name="key"/> tells apart
    /// several deliveries of the same type to the same recipient caused by one source message. <paramref name="cause"/>
    /// is the agency's message the delivery answers, when the hub is consuming an internal message about it.
    /// <paramref name="raisingCase"/> is the scheme of a current PPO case raising the delivery: current by its own state,
    /// though the case may not be saved yet (a selection of someone already in custody).
    /// </summary>
    public Task<GateDecision> Deliver(ConsumeContext source, object message, Agency sender, Agency recipient, string? key = null,
        Guid? cause = null, string? raisingCase = null)
    {
        var contract = MessageCatalogue.For(message.GetType());
        var sourceId = cause ?? source.MessageId ?? NewId.NextGuid();
        var payload = JsonSerializer.SerializeToElement(message, contract.Type, ContractJson.Options);
        return Pass(source, payload, (message as IAboutOffender)?.Offender, contract, sender, recipient, sourceId,
            DeliveryIds.For(sourceId, recipient, contract.Name, key), raisingCase, notice: $"{recipient}|{key}");
    }

    /// <summary>
    /// Runs <paramref name="held"/> through the gate again, as an operator's release asks: delivered under its own
    /// delivery id if the agreements and conditions now allow it, else held still with the new reason (the sender was
    /// told when it was first held and is not told again).
    /// </summary>
    public Task<GateDecision> Retry(ConsumeContext source, HeldDelivery held)
    {
        var contract = Contract(held.MessageType, held.DeliveryId);
        var payload = JsonSerializer.Deserialize<JsonElement>(held.Payload);
        return Pass(source, payload, OffenderIn(payload, contract), contract, Enum.Parse<Agency>(held.Sender, ignoreCase: true),
            Enum.Parse<Agency>(held.Recipient, ignoreCase: true), held.SourceMessageId, held.DeliveryId, raisingCase: null, notice: null);
    }

    /// <summary>
    /// Decides again a delivery its recipient's adapter sent back (<see cref="DeliveryReturned"/>), or an operator
    /// replays, on the copy it had (never more than was allowed then, minimised again by the terms now): delivered under
    /// a new delivery id for <paramref name="why"/> (the adapter's inbox has seen the old one) if still allowed, else
    /// held, and the sender told it was withheld.
    /// </summary>
    public Task<GateDecision> Return(ConsumeContext source, AgencyDelivery returned, string why = "returned")
    {
        var contract = Contract(returned.MessageType, returned.DeliveryId);
        var sourceId = returned.SourceMessageId ?? returned.DeliveryId;
        return Pass(source, returned.Payload, OffenderIn(returned.Payload, contract), contract, returned.Sender, returned.Recipient, sourceId,
            DeliveryIds.For(returned.DeliveryId, returned.Recipient, contract.Name, why), raisingCase: null,
            notice: $"{returned.Recipient}|{why}");
    }

    static MessageContractInfo Contract(string messageType, Guid deliveryId) => MessageCatalogue.Find(messageType)
        ?? throw new InvalidOperationException($"Delivery {deliveryId} is of a message type the catalogue no longer has ({messageType})");

    // Whom a stored copy is about; a copy without a readable offender satisfies no condition on the person.
    static OffenderIdentity? OffenderIn(JsonElement payload, MessageContractInfo contract)
    {
        if (!typeof(IAboutOffender).IsAssignableFrom(contract.Type) || !payload.TryGetProperty("offender", out var offender)) return null;
        try
        {
            return offender.Deserialize<OffenderIdentity>(ContractJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // notice: what tells apart the sender's delivery-blocked notices for one source message; null sends none.
    async Task<GateDecision> Pass(ConsumeContext source, JsonElement payload, OffenderIdentity? offender, MessageContractInfo contract,
        Agency sender, Agency recipient, Guid sourceId, Guid deliveryId, string? raisingCase, string? notice)
    {
        var now = clock.GetUtcNow();
        var person = offender is null ? null : PersonReference.Of(offender);
        var transaction = source.GetPayload<IHubTransaction>();
        var conditions = new PersonConditions(transaction.Db, offender, raisingCase, recipient, contract, now, source.CancellationToken);
        var decision = await Decide(conditions, sender, recipient, contract, now, source.CancellationToken);
        if (decision.Terms is { } terms)
        {
            var marks = DeliveryMarking.For(contract, recipient, payload) is { } marked && await conditions.IsCurrentPpo() ? marked : [];
            var delivery = new AgencyDelivery
            {
                DeliveryId = deliveryId,
                Sender = sender,
                Recipient = recipient,
                MessageType = contract.Name,
                Version = contract.Version,
                Purpose = contract.Purpose,
                Agreement = terms.Agreement.Reference,
                PersonReference = person,
                ConsentOf = terms.Flow.Conditions.Contains(PersonCondition.Consent) ? conditions.PersonId : null,
                SourceMessageId = sourceId,
                DeliveredAt = now,
                Payload = Minimisation.Apply(payload, terms.Recipient.Fields),
                Marks = marks,
            };
            var endpoint = await source.GetSendEndpoint(DeliveryQueues.Address(recipient));
            await endpoint.Send(delivery, context => context.MessageId = deliveryId, source.CancellationToken);
            journal.Record(source, new JournalEntry(now, JournalEntryKind.Delivered, deliveryId, contract.Name, sender, recipient, delivery.Agreement));
            return decision;
        }

        logger.LogWarning("Held {MessageType} {SourceMessageId} from {Sender} to {Recipient}: {Reason}",
            contract.Name, sourceId, sender, recipient, decision.Reason);
        journal.Record(source, new JournalEntry(now, JournalEntryKind.Blocked, deliveryId, contract.Name, sender, recipient, decision.Reason));
        var db = transaction.Db;
        if (await db.HeldDeliveries.FindAsync([deliveryId], source.CancellationToken) is { } held)
            (held.Agreement, held.Reason) = (decision.Agreement, decision.Reason);
        else
            db.HeldDeliveries.Add(new HeldDelivery
            {
                DeliveryId = deliveryId, Sender = sender.Slug(), Recipient = recipient.Slug(), MessageType = contract.Name, Purpose = contract.Purpose,
                SourceMessageId = sourceId, PersonReference = person, Agreement = decision.Agreement, Reason = decision.Reason, HeldAt = now,
                Payload = payload.GetRawText(),
            });
        if (sender != Agency.Hub && notice is not null)
            await Deliver(source, new DeliveryBlocked
            {
                BlockedMessageId = sourceId,
                MessageType = contract.Name,
                Recipient = recipient,
                Purpose = contract.Purpose,
                Rule = decision.Agreement ?? "none",
                Condition = decision.Condition is { } condition ? JsonSerializer.SerializeToElement(condition, ContractJson.Options).GetString() : null,
                Reason = decision.Reason,
                BlockedAt = now,
            }, Agency.Hub, sender, key: notice, cause: sourceId);
        return decision;
    }

    async Task<GateDecision> Decide(PersonConditions conditions, Agency sender, Agency recipient, MessageContractInfo contract, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var book = await agreements.Book(cancellationToken);
        var coverage = book.Cover(sender, recipient, contract, UkTime.DayOf(now));
        GateDecision? refused = null;
        foreach (var terms in coverage.InForce)
        {
            if (await conditions.FirstFailure(terms) is not { } failure)
                return new GateDecision(terms, terms.Agreement.Reference, null, $"delivered under agreement '{terms.Agreement.Id}'");
            var (condition, why) = failure;
            refused ??= new GateDecision(null, terms.Agreement.Reference, condition,
                $"agreement '{terms.Agreement.Id}' lets {sender.Slug()} send {contract.Name} to {recipient.Slug()} only for {PersonConditions.Describe(condition)}: {why}");
        }
        return refused ?? new GateDecision(null, coverage.NearestAgreement, null, coverage.Refusal!);
    }
}
