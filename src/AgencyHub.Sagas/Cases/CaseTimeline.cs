using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Persistence.Cases;
using MassTransit;

namespace AgencyHub.Sagas.Cases;

/// <summary>Writes the case journey: one entry per message that changed a case, with the state it left it in.</summary>
static class CaseTimeline
{
    /// <summary>Records the message in <paramref name="context"/>, which happened at <paramref name="at"/>.</summary>
    public static void Record<T>(BehaviorContext<PpoCase, CaseEvent<T>> context, DateTimeOffset at, string summary) where T : class =>
        Add(context.Saga, at, MessageCatalogue.For<T>().Name, context.Message.SourceMessageId, context.Message.Sender, summary);

    /// <summary>Records what the hub raised itself when one of the case's deadlines fell due: a message of type <typeparamref name="T"/>.</summary>
    public static void RecordDeadline<T>(BehaviorContext<PpoCase> context, string summary) where T : class =>
        Add(context.Saga, context.Now(), MessageCatalogue.For<T>().Name, context.MessageId ?? Guid.Empty, Agency.Hub, summary);

    /// <summary>Records a message of type <typeparamref name="T"/> that arrived after a later fact and so changed nothing.</summary>
    public static void RecordStale<T>(PpoCase ppoCase, DateTimeOffset at, Guid messageId, Agency sender, string summary) where T : class =>
        Add(ppoCase, at, MessageCatalogue.For<T>().Name, messageId, sender, summary);

    static void Add(PpoCase ppoCase, DateTimeOffset at, string messageType, Guid messageId, Agency sender, string summary) =>
        ppoCase.Timeline.Add(new CaseTimelineEntry
        {
            CaseId = ppoCase.CorrelationId,
            Sequence = ++ppoCase.TimelineLength,
            At = at,
            MessageType = messageType,
            MessageId = messageId,
            Sender = sender.Slug(),
            State = ppoCase.CurrentState,
            Summary = summary,
        });

    /// <summary>Copies the person's identifiers, which the register may have learnt more of, onto the case.</summary>
    public static void Identify<T>(BehaviorContext<PpoCase, CaseEvent<T>> context) where T : class
    {
        var (ppoCase, person) = (context.Saga, context.Message.Person);
        ppoCase.PersonId = context.Message.PersonId;
        ppoCase.PncId = person.PncId;
        ppoCase.CroNumber = person.CroNumber;
        ppoCase.PrisonNumber = person.PrisonNumber;
        ppoCase.Crn = person.Crn;
    }
}
