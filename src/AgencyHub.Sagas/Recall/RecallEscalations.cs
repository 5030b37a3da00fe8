using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Deadlines;
using AgencyHub.Contracts.Selection;
using AgencyHub.Persistence.Recall;
using AgencyHub.Sagas.Cases;
using AgencyHub.Sagas.Sharing;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Recall;

/// <summary>
/// What a recall's missed deadlines raise, always through the delivery gate: a <c>deadline-breached</c> to the party
/// that is late and to the scheme's PPO team (the police, who lead it), and a warning in the log for the operators,
/// whose deadline board shows it passed until it is met.
/// </summary>
static class RecallEscalations
{
    /// <summary>The ERRS has not decided in time (PPO Strategy Initial Guidance 2004 §58): the prison and the police are told.</summary>
    public static async Task DecisionLate(BehaviorContext<RecallWatch> context)
    {
        context.Saga.DecisionEscalatedAt = context.Now();
        await Escalate(context, DeadlineKind.RecallDecision, Agency.Prison, context.Saga.DecisionDueAt, [Agency.Prison, Agency.Police]);
    }

    /// <summary>
    /// The recalled person is not back in custody in time (Joint Inspection Report 2004 §9.10): the police, who are to
    /// arrest them, and probation, who asked for the recall, are told.
    /// </summary>
    public static async Task ReturnLate(BehaviorContext<RecallWatch> context)
    {
        context.Saga.ReturnEscalatedAt = context.Now();
        await Escalate(context, DeadlineKind.ReturnToCustody, Agency.Police, context.Saga.ReturnDueAt, [Agency.Police, Agency.Probation]);
    }

    static async Task Escalate(BehaviorContext<RecallWatch> context, DeadlineKind kind, Agency responsible, DateTimeOffset? dueAt, Agency[] told)
    {
        var recall = context.Saga;
        var now = context.Now();
        context.Service<ILogger<RecallWatch>>().LogWarning("Recall {RecallId} of case {CaseId}: {Deadline} was due by {DueAt}; escalated to {Responsible} and scheme {Scheme}",
            recall.RecallId, recall.CorrelationId, kind, dueAt, responsible, recall.SchemeCode);
        var breach = new DeadlineBreached
        {
            Kind = kind,
            Offender = await CaseCompanions.OffenderOf(context, recall.PersonId),
            Scheme = new SchemeReference { Code = recall.SchemeCode, Name = recall.SchemeName },
            Responsible = responsible,
            CorrelationId = recall.RecallId,
            DueAt = dueAt ?? now,
            EscalatedAt = now,
        };
        var gate = context.Service<DeliveryGate>();
        foreach (var recipient in told) await gate.Deliver(context, breach, Agency.Hub, recipient);
    }
}
