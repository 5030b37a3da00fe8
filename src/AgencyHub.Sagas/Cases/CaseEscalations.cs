using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Deadlines;
using AgencyHub.Contracts.Selection;
using AgencyHub.Sagas.Sharing;
using AgencyHub.Persistence.Cases;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Cases;

/// <summary>What a PPO case's own deadlines raise, always through the delivery gate.</summary>
static class CaseEscalations
{
    /// <summary>
    /// The needs assessment was not reported within its time of arrival (Offender Management Update 2009, Paper 2): the
    /// prison that owes it and the scheme's PPO team (police) are told, operators through the journal and the log.
    /// </summary>
    public static async Task NeedsAssessmentOverdue(BehaviorContext<PpoCase> context)
    {
        var ppoCase = context.Saga;
        var now = context.Now();
        ppoCase.NeedsAssessmentEscalatedAt = now;
        context.Service<ILogger<PpoCase>>().LogWarning("Needs assessment of case {CaseId} in {Prison} was due by {DueAt} and is not reported",
            ppoCase.CorrelationId, (await CasePerson.Of(context)).PrisonCode, ppoCase.NeedsAssessmentDueAt);
        var breach = new DeadlineBreached
        {
            Kind = DeadlineKind.NeedsAssessment,
            Offender = CaseReferences.Offender(ppoCase),
            Scheme = CaseReferences.Scheme(ppoCase),
            Responsible = Agency.Prison,
            CorrelationId = ppoCase.CorrelationId,
            DueAt = ppoCase.NeedsAssessmentDueAt ?? now,
            EscalatedAt = now,
        };
        var gate = context.Service<DeliveryGate>();
        await gate.Deliver(context, breach, Agency.Hub, Agency.Prison);
        await gate.Deliver(context, breach, Agency.Hub, Agency.Police);
    }

    /// <summary>Reminds the scheme's PPO team (police) that the person's place on the list is due for review
    /// (Offender Management Update 2009 §5.2).</summary>
    public static async Task ReviewDue(BehaviorContext<PpoCase> context, ReviewReason reason, DateTimeOffset measuredFrom, DateTimeOffset? dueAt)
    {
        var ppoCase = context.Saga;
        var now = context.Now();
        (ppoCase.LastReviewReason, ppoCase.LastReviewRaisedAt) = (reason.ToString(), now);
        await context.Service<DeliveryGate>().Deliver(context, new PpoReviewDue
        {
            Offender = CaseReferences.Offender(ppoCase),
            Scheme = CaseReferences.Scheme(ppoCase),
            Reason = reason,
            MeasuredFrom = measuredFrom,
            DueAt = dueAt ?? now,
        }, Agency.Hub, Agency.Police);
    }
}
