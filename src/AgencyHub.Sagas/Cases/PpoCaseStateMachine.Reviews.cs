using AgencyHub.Messaging.Time;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Prosecution;
using AgencyHub.Contracts.Selection;
using AgencyHub.Persistence.Cases;
using AgencyHub.Sagas.Deadlines;
using MassTransit;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// The review deadlines of dynamic selection (Offender Management Update 2009 §5.2): six months without an arrest or
/// intelligence report make a de-selection review due, and any arrest or report restarts that clock (criterion 1); two
/// years on the list make one due (criterion 5); a person de-selected for a long custodial sentence comes back for
/// re-selection review three months before release (criterion 3). Each raises a <see cref="PpoReviewDue"/> to the
/// scheme's police.
/// </summary>
public sealed partial class PpoCaseStateMachine
{
    /// <summary>The police arrested the person.</summary>
    public Event<CaseEvent<OffenderArrested>> Arrested { get; private set; } = null!;

    /// <summary>The police recorded intelligence about the person.</summary>
    public Event<CaseEvent<IntelligenceReported>> Intelligence { get; private set; } = null!;

    /// <summary>The prison set a release date.</summary>
    public Event<CaseEvent<ReleaseDateSet>> DateSet { get; private set; } = null!;

    /// <summary>The prison changed the release date.</summary>
    public Event<CaseEvent<ReleaseDateChanged>> DateChanged { get; private set; } = null!;

    /// <summary>Six months without activity are up.</summary>
    public Schedule<PpoCase, InactivityReviewDue> InactivityReview { get; private set; } = null!;

    /// <summary>Two years on the list are up.</summary>
    public Schedule<PpoCase, ListReviewDue> ListReview { get; private set; } = null!;

    /// <summary>A de-selected long-sentence prisoner is three months from release.</summary>
    public Schedule<PpoCase, ReselectionReviewDue> ReselectionReview { get; private set; } = null!;

    void DeclareReviews()
    {
        Event(() => Arrested, CaseEventCorrelation.ToExisting);
        Event(() => Intelligence, CaseEventCorrelation.ToExisting);
        Event(() => DateSet, CaseEventCorrelation.ToExisting);
        Event(() => DateChanged, CaseEventCorrelation.ToExisting);
        Schedule(() => InactivityReview, c => c.InactivityReviewToken, CaseEventCorrelation.ToCase);
        Schedule(() => ListReview, c => c.ListReviewToken, CaseEventCorrelation.ToCase);
        Schedule(() => ReselectionReview, c => c.ReselectionReviewToken, CaseEventCorrelation.ToCase);

        Initially(StartReviewClocks(When(Selected)));
        During(Deselected, MovedArea, StartReviewClocks(When(Selected)));
        During(InCommunity, InCustody, OnLicence, RecallOutstanding,
            RestartActivityClock(When(Arrested), m => m.ArrestedAt),
            RestartActivityClock(When(Intelligence), m => m.RecordedAt),
            // The person's row keeps the release date; the case's release warning plans from it.
            Ignore(DateSet),
            Ignore(DateChanged),
            AwaitReselectionReview(StopReviewClocks(When(Deselection))),
            StopReviewClocks(When(Moved)),
            When(InactivityReview.Received)
                .ThenAsync(c => CaseEscalations.ReviewDue(c, ReviewReason.NoActivityForSixMonths, c.Saga.LastActivityAt ?? c.Saga.SelectedAt,
                    c.Saga.InactivityReviewDueAt))
                .Then(c => CaseTimeline.RecordDeadline<PpoReviewDue>(c, "Review due: no arrest or intelligence for six months")),
            When(ListReview.Received)
                .ThenAsync(c => CaseEscalations.ReviewDue(c, ReviewReason.TwoYearsOnList, c.Saga.SelectedAt, c.Saga.ListReviewDueAt))
                .Then(c => CaseTimeline.RecordDeadline<PpoReviewDue>(c, "Review due: two years on the list")),
            Ignore(ReselectionReview.Received));
        During(Deselected,
            AwaitReselectionReview(When(DateSet)),
            AwaitReselectionReview(When(DateChanged)),
            // Released before the review fell due: it is due now, measured from the release.
            When(Released).If(c => c.Saga.ReselectionReviewToken is not null, due => due
                .Unschedule(ReselectionReview)
                .ThenAsync(c => RaiseReselectionReview(c, c.Message.Message.ReleasedAt))),
            When(ReselectionReview.Received).ThenAsync(async c =>
                await RaiseReselectionReview(c, await ReleaseDateOf(c) is { } date ? UkTime.StartOf(date) : c.Now())));
        During(MovedArea, Ignore(Released), Ignore(DateSet), Ignore(DateChanged), Ignore(ReselectionReview.Received));
        During(Deselected, MovedArea, Ignore(Arrested), Ignore(Intelligence), Ignore(InactivityReview.Received), Ignore(ListReview.Received));
    }

    // A first selection, or a selection after de-selection, starts both review clocks from the selection.
    EventActivityBinder<PpoCase, CaseEvent<PpoSelected>> StartReviewClocks(EventActivityBinder<PpoCase, CaseEvent<PpoSelected>> binder) =>
        binder
            .Then(c =>
            {
                var (ppoCase, settings) = (c.Saga, c.DeadlinesOf(c.Saga.SchemeCode));
                ppoCase.LastActivityAt = ppoCase.SelectedAt;
                ppoCase.InactivityReviewDueAt = ppoCase.SelectedAt.AddMonths(settings.InactivityReviewMonths);
                ppoCase.ListReviewDueAt = ppoCase.SelectedAt.AddMonths(settings.ListReviewMonths);
                ppoCase.ReselectionReviewDueAt = null;
            })
            .Unschedule(ReselectionReview)
            .Schedule(InactivityReview, c => new InactivityReviewDue(c.Saga.CorrelationId), c => c.Until(c.Saga.InactivityReviewDueAt))
            .Schedule(ListReview, c => new ListReviewDue(c.Saga.CorrelationId), c => c.Until(c.Saga.ListReviewDueAt));

    // An arrest or report later than the last activity restarts the six months from it; an older one changes nothing.
    EventActivityBinder<PpoCase, CaseEvent<T>> RestartActivityClock<T>(EventActivityBinder<PpoCase, CaseEvent<T>> binder,
        Func<T, DateTimeOffset> at) where T : class =>
        binder.If(c => at(c.Message.Message) > (c.Saga.LastActivityAt ?? DateTimeOffset.MinValue), later => later
            .Then(c =>
            {
                var ppoCase = c.Saga;
                ppoCase.LastActivityAt = at(c.Message.Message);
                ppoCase.InactivityReviewDueAt = ppoCase.LastActivityAt.Value.AddMonths(c.DeadlinesOf(ppoCase.SchemeCode).InactivityReviewMonths);
            })
            .Schedule(InactivityReview, c => new InactivityReviewDue(c.Saga.CorrelationId), c => c.Until(c.Saga.InactivityReviewDueAt)));

    EventActivityBinder<PpoCase, CaseEvent<T>> StopReviewClocks<T>(EventActivityBinder<PpoCase, CaseEvent<T>> binder) where T : class =>
        binder
            .Unschedule(InactivityReview)
            .Unschedule(ListReview)
            .Then(c => (c.Saga.InactivityReviewDueAt, c.Saga.ListReviewDueAt) = (null, null));

    // Due at the start of the day the lead time before release falls on (London time); at once if that has passed.
    EventActivityBinder<PpoCase, CaseEvent<T>> AwaitReselectionReview<T>(EventActivityBinder<PpoCase, CaseEvent<T>> binder) where T : class =>
        binder.IfAsync(async c => c.Saga.DeselectionCriterion == nameof(DeselectionCriterion.LongCustodialSentence) && await ReleaseDateOf(c) is not null,
            known => known
                .ThenAsync(async c => c.Saga.ReselectionReviewDueAt =
                    UkTime.StartOf((await ReleaseDateOf(c))!.Value.AddMonths(-c.DeadlinesOf(c.Saga.SchemeCode).ReselectionReviewMonths)))
                .Schedule(ReselectionReview, c => new ReselectionReviewDue(c.Saga.CorrelationId), c => c.Until(c.Saga.ReselectionReviewDueAt)));

    // The day the prison expects to release the person, while it has one on record.
    static async Task<DateOnly?> ReleaseDateOf(BehaviorContext<PpoCase> context) => (await CasePerson.Of(context)).ReleaseDate;

    static async Task RaiseReselectionReview(BehaviorContext<PpoCase> context, DateTimeOffset measuredFrom)
    {
        await CaseEscalations.ReviewDue(context, ReviewReason.ReleaseAfterLongSentence, measuredFrom, context.Saga.ReselectionReviewDueAt);
        CaseTimeline.RecordDeadline<PpoReviewDue>(context, "Review due: release from a long sentence, for re-selection");
    }
}
