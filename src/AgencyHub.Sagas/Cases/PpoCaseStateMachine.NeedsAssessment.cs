using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Deadlines;
using AgencyHub.Contracts.Selection;
using AgencyHub.Persistence.Cases;
using AgencyHub.Sagas.Deadlines;
using MassTransit;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// The needs-assessment deadline: "within 24 hours of arrival in prison custody a protective factor assessment of needs
/// is carried out" (Offender Management Update 2009, Paper 2). Each reception or return of a current PPO starts it, and
/// so does a selection of someone who arrived less than that time ago (the reception may even reach the hub just before
/// the selection); the prison reporting the assessment, a release or a de-selection stops it; not reported in time, it
/// escalates.
/// </summary>
public sealed partial class PpoCaseStateMachine
{
    /// <summary>The prison reported the needs assessment done.</summary>
    public Event<CaseEvent<NeedsAssessmentCompleted>> Assessed { get; private set; } = null!;

    /// <summary>The needs assessment falls due.</summary>
    public Schedule<PpoCase, NeedsAssessmentDue> NeedsAssessment { get; private set; } = null!;

    void DeclareNeedsAssessment()
    {
        Event(() => Assessed, CaseEventCorrelation.ToExisting);
        Schedule(() => NeedsAssessment, c => c.NeedsAssessmentToken, CaseEventCorrelation.ToCase);

        Initially(AwaitNeedsAssessmentOfRecentArrival(When(Selected)));
        During(Deselected, MovedArea, AwaitNeedsAssessmentOfRecentArrival(When(Selected)));
        During(InCommunity, InCustody, OnLicence, RecallOutstanding,
            AwaitNeedsAssessment(When(Received), c => Task.FromResult(c.Message.Message.ReceivedAt)),
            AwaitNeedsAssessment(When(Returned), c => Task.FromResult(c.Message.Message.ReturnedAt)),
            When(Released).Unschedule(NeedsAssessment),
            When(Deselection).Unschedule(NeedsAssessment),
            When(Moved).Unschedule(NeedsAssessment),
            When(Assessed)
                .Unschedule(NeedsAssessment)
                .Then(c => c.Saga.NeedsAssessedAt = c.Message.Message.CompletedAt)
                .Then(c => CaseTimeline.Record(c, c.Message.Message.CompletedAt, $"Needs assessment done in {c.Message.Message.PrisonCode}")),
            When(NeedsAssessment.Received)
                .ThenAsync(CaseEscalations.NeedsAssessmentOverdue)
                .Then(c => CaseTimeline.RecordDeadline<DeadlineBreached>(c, "Needs assessment not reported in time: escalated")));
        During(Deselected, MovedArea, Ignore(Assessed), Ignore(NeedsAssessment.Received));
    }

    // Arrived long before the selection: the assessment was due before the person was a PPO, and is nobody's to chase.
    EventActivityBinder<PpoCase, CaseEvent<PpoSelected>> AwaitNeedsAssessmentOfRecentArrival(
        EventActivityBinder<PpoCase, CaseEvent<PpoSelected>> binder) =>
        binder.IfAsync(async c => await ArrivedAt(c) is { } since && AssessmentDue(c, since) > c.Now(),
            recent => AwaitNeedsAssessment(recent, async c => (await ArrivedAt(c))!.Value));

    static async Task<DateTimeOffset?> ArrivedAt(BehaviorContext<PpoCase> context) => (await CasePerson.Of(context)).InCustodySince;

    EventActivityBinder<PpoCase, CaseEvent<T>> AwaitNeedsAssessment<T>(EventActivityBinder<PpoCase, CaseEvent<T>> binder,
        Func<BehaviorContext<PpoCase, CaseEvent<T>>, Task<DateTimeOffset>> arrivedAt) where T : class =>
        binder
            .ThenAsync(async c =>
            {
                var ppoCase = c.Saga;
                ppoCase.NeedsAssessmentDueAt = AssessmentDue(c, await arrivedAt(c));
                (ppoCase.NeedsAssessedAt, ppoCase.NeedsAssessmentEscalatedAt) = (null, null);
            })
            .Schedule(NeedsAssessment, c => new NeedsAssessmentDue(c.Saga.CorrelationId), c => c.Until(c.Saga.NeedsAssessmentDueAt));

    static DateTimeOffset AssessmentDue(BehaviorContext<PpoCase> context, DateTimeOffset arrivedAt) =>
        arrivedAt.AddHours(context.DeadlinesOf(context.Saga.SchemeCode).NeedsAssessmentHours);
}
