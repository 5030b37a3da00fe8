using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Outbox;
using AgencyHub.Persistence.People;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Sagas.Cases;

/// <summary>Where the register says a case's person is held, read as the case opens.</summary>
static class PersonCustody
{
    /// <summary>
    /// Reads the person's row and bumps its version, so the case's commit conflicts with any custody change the
    /// intake commits meanwhile (which could not yet see this case): one of the two is retried and sees the other.
    /// </summary>
    public static async Task<PersonRecord> Claim(BehaviorContext<PpoCase, CaseEvent<Contracts.Selection.PpoSelected>> context)
    {
        var db = context.GetPayload<IHubTransaction>().Db;
        // Found in the transaction's tracker: the intake has just resolved (or registered) the person.
        var person = await db.People.FindAsync([context.Message.PersonId], context.CancellationToken)
            ?? throw new InvalidOperationException($"Person {context.Message.PersonId} is not in the register");
        person.Version++;
        return person;
    }
}
