using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Journal;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Cases;

/// <summary>Carries out a <see cref="CaseOutcome"/>: notices go to the prison through the gate; conflicts are reported.</summary>
public sealed class CaseOutcomeDelivery(DeliveryGate gate, MessageJournal journal, TimeProvider clock, ILogger<CaseOutcomeDelivery> logger)
{
    /// <summary>Delivers the notices, or records the identity conflict for operators.</summary>
    public async Task Apply<T>(ConsumeContext<T> context, CaseOutcome outcome, Agency from) where T : class
    {
        if (outcome.Conflict is { } conflict)
        {
            var type = MessageCatalogue.For<T>().Name;
            logger.LogWarning("{MessageType} {MessageId} matched nobody: {Conflict}", type, context.MessageId, conflict);
            journal.Record(new JournalEntry(clock.GetUtcNow(), JournalEntryKind.IdentityConflict,
                context.MessageId ?? Guid.Empty, type, from, null, conflict));
            return;
        }
        foreach (var (key, message) in outcome.PrisonNotices)
            await gate.Deliver(context, message, Agency.Hub, Agency.Prison, key);
    }
}
