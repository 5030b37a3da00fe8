using AgencyHub.Contracts.Identity;
using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Outbox;
using AgencyHub.Sagas.People;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// What the sagas kept beside a PPO case (its release warning, its recall) read of the case and its person, in the
/// transaction of the message they run in.
/// </summary>
static class CaseCompanions
{
    /// <summary>The case the event is for; read, never changed, here: Find serves a second look from the context's tracker.</summary>
    public static ValueTask<PpoCase?> CaseOf<TSaga, T>(BehaviorContext<TSaga, CaseEvent<T>> context) where TSaga : class, SagaStateMachineInstance where T : class =>
        context.GetPayload<IHubTransaction>().Db.Cases.FindAsync([context.Message.CaseId], context.CancellationToken);

    /// <summary>Whether the case the event is for is a current PPO's.</summary>
    public static async Task<bool> IsCurrentPpo<TSaga, T>(BehaviorContext<TSaga, CaseEvent<T>> context) where TSaga : class, SagaStateMachineInstance where T : class =>
        await CaseOf(context) is { } ppoCase && CaseStates.IsCurrent(ppoCase.CurrentState);

    /// <summary>The register's identity of <paramref name="personId"/>: the most complete the hub has, whatever a message carried.</summary>
    public static async Task<OffenderIdentity> OffenderOf(PipeContext context, Guid personId)
    {
        var db = context.GetPayload<IHubTransaction>().Db;
        var person = await db.People.AsNoTracking().SingleAsync(p => p.PersonId == personId, context.CancellationToken);
        return PersonRegister.IdentityOf(person);
    }
}
