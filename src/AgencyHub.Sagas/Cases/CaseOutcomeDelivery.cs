using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Journal;
using AgencyHub.Messaging.Transport;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// Applies one message to the case book on behalf of its sender, then carries out the <see cref="CaseOutcome"/>:
/// notices go to the prison through the gate; identity conflicts are reported. A message whose sender may not
/// send it changes nothing.
/// </summary>
public sealed class CaseOutcomeDelivery(DeliveryGate gate, MessageJournal journal, TimeProvider clock, ILogger<CaseOutcomeDelivery> logger)
{
    /// <summary>Checks the sender, lets <paramref name="decide"/> update the case book, and acts on its outcome.</summary>
    public async Task Apply<T>(ConsumeContext<T> context, Func<T, CaseOutcome> decide) where T : class
    {
        var from = context.SenderOf();
        var outcome = decide(context.Message);
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
