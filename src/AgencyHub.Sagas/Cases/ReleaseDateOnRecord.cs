using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Selection;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.People;
using MassTransit;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// A case opened for someone the register already holds with a release date: the release date reaches the case as
/// if the prison had set it now, so the police get their pre-release notices for a PPO selected in custody too.
/// </summary>
static class ReleaseDateOnRecord
{
    /// <summary>Sends the case the release date on record, if the person is held and has one.</summary>
    public static async Task Resume(BehaviorContext<PpoCase, CaseEvent<PpoSelected>> context, PersonRecord person)
    {
        if (person is not { PrisonCode: { } prison, InCustodySince: { } since, ReleaseDate: { } releaseDate }) return;
        var caseId = context.Saga.CorrelationId;
        var source = context.Message.SourceMessageId;
        var endpoint = await context.GetSendEndpoint(HubLogic.CaseSagaAddress);
        await endpoint.Send(new CaseEvent<ReleaseDateSet>
        {
            CaseId = caseId,
            PersonId = person.PersonId,
            Person = context.Message.Person,
            Sender = Agency.Hub,
            SourceMessageId = source,
            Message = new ReleaseDateSet
            {
                Offender = context.Message.Person,
                PrisonCode = prison,
                ReceivedAt = since,
                ReleaseDate = releaseDate,
                SetAt = person.ReleaseDateSetAt ?? since,
            },
        }, send => send.MessageId = DeliveryIds.For(source, Agency.Hub, "release-date-on-record", caseId.ToString("N")), context.CancellationToken);
    }
}
