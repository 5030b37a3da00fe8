using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Selection;
using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Outbox;
using MassTransit;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// A case opened for someone the register already holds with a release date: the release date reaches the case's
/// release warning as if the prison had set it now, so the police get their pre-release notices for a PPO selected in
/// custody too.
/// </summary>
static class ReleaseDateOnRecord
{
    /// <summary>
    /// Raises the release date on record, if the person is held and has one, on the case's release warning; called once
    /// the case is in its new state, which the warning checks.
    /// </summary>
    public static async Task Resume(BehaviorContext<PpoCase, CaseEvent<PpoSelected>> context)
    {
        // Already tracked: the selection read it (PersonCustody).
        var person = await context.GetPayload<IHubTransaction>().Db.People.FindAsync([context.Message.PersonId], context.CancellationToken);
        if (person is not { PrisonCode: { } prison, InCustodySince: { } since, ReleaseDate: { } releaseDate }) return;
        await context.Service<CaseMachines>().Warnings.Raise(context, context.Saga.CorrelationId, new CaseEvent<ReleaseDateSet>
        {
            CaseId = context.Saga.CorrelationId,
            PersonId = person.PersonId,
            Person = context.Message.Person,
            Sender = Agency.Hub,
            SourceMessageId = context.Message.SourceMessageId,
            Message = new ReleaseDateSet
            {
                Offender = context.Message.Person,
                PrisonCode = prison,
                ReceivedAt = since,
                ReleaseDate = releaseDate,
                SetAt = person.ReleaseDateSetAt ?? since,
            },
        });
    }
}
