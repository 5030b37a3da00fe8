using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Outbox;
using AgencyHub.Persistence.People;
using MassTransit;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// The person a case is about, whose row holds where they are: the one record of custody every case reads. For a case
/// event it is already in the transaction (the intake resolved and locked it, and applied the message's custody fact);
/// a deadline reads it.
/// </summary>
static class CasePerson
{
    /// <summary>The row of <paramref name="context"/>'s case's person, as the message being consumed has left it.</summary>
    public static async Task<PersonRecord> Of(BehaviorContext<PpoCase> context) =>
        await context.GetPayload<IHubTransaction>().Db.People.FindAsync([context.Saga.PersonId], context.CancellationToken)
        ?? throw new InvalidOperationException($"The person of case {context.Saga.CorrelationId} is not in the register");
}
