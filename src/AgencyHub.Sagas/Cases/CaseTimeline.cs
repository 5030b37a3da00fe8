using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Persistence.Cases;
using MassTransit;

namespace AgencyHub.Sagas.Cases;

/// <summary>Writes the case journey: one entry per message that changed a case, with the state it left it in.</summary>
static class CaseTimeline
{
    /// <summary>Records the message in <paramref name="context"/>, which happened at <paramref name="at"/>.</summary>
    public static void Record<T>(BehaviorContext<PpoCase, CaseEvent<T>> context, DateTimeOffset at, string summary) where T : class
    {
        var ppoCase = context.Saga;
        ppoCase.Timeline.Add(new CaseTimelineEntry
        {
            CaseId = ppoCase.CorrelationId,
            Sequence = ++ppoCase.TimelineLength,
            At = at,
            MessageType = MessageCatalogue.For<T>().Name,
            MessageId = context.Message.SourceMessageId,
            Sender = context.Message.Sender.Slug(),
            State = ppoCase.CurrentState,
            Summary = summary,
        });
    }

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
