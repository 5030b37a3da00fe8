using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Release;
using AgencyHub.Contracts.Selection;
using AgencyHub.Persistence.Release;
using AgencyHub.Sagas.Cases;
using AgencyHub.Sagas.Deadlines;
using MassTransit;

namespace AgencyHub.Sagas.Release;

/// <summary>
/// The release warning of a PPO case (docs/domain.md, "Release warning"): "Prisons will notify the home police force in
/// advance of the release of each PPO" (PPO Strategy Supplementary Annex 2004 §39;
/// PPO Strategy Initial Guidance 2004, Annex E). Once a release date is set for a current PPO, the police get a first
/// notice 28 days before (at once if less remains) and a reminder 7 days before; each notice is to be acknowledged
/// within 2 working days, or the hub escalates to the scheme's PPO team. A changed date plans everything again; the
/// actual release, a de-selection or a move closes the warning. Lead times are per scheme
/// (<see cref="Deadlines.SchemeDeadlines"/>). Every due time is stored on the warning for operators to see.
/// </summary>
public sealed class ReleaseWarningStateMachine : MassTransitStateMachine<ReleaseWarning>
{
    /// <summary>Notices scheduled; none issued yet.</summary>
    public State Planned { get; private set; } = null!;

    /// <summary>The first notice issued.</summary>
    public State Notified { get; private set; } = null!;

    /// <summary>The reminder issued.</summary>
    public State Reminded { get; private set; } = null!;

    /// <summary>Released, or no longer a PPO: nothing more is due. A new release date opens it again.</summary>
    public State Closed { get; private set; } = null!;

    /// <summary>The case opened, or a de-selected case reopened: a release date already on record is planned for.</summary>
    public Event<CaseEvent<PpoSelected>> Selected { get; private set; } = null!;

    /// <summary>The prison set a release date.</summary>
    public Event<CaseEvent<ReleaseDateSet>> DateSet { get; private set; } = null!;

    /// <summary>The prison changed the release date.</summary>
    public Event<CaseEvent<ReleaseDateChanged>> DateChanged { get; private set; } = null!;

    /// <summary>The person left prison.</summary>
    public Event<CaseEvent<OffenderReleased>> Released { get; private set; } = null!;

    /// <summary>The police acknowledged a notice.</summary>
    public Event<CaseEvent<PreReleaseNoticeAcknowledged>> Acknowledged { get; private set; } = null!;

    /// <summary>The scheme de-selected the person.</summary>
    public Event<CaseEvent<PpoDeselected>> Deselection { get; private set; } = null!;

    /// <summary>The person moved to another scheme's area.</summary>
    public Event<CaseEvent<PpoMovedArea>> Moved { get; private set; } = null!;

    /// <summary>The first notice falls due.</summary>
    public Schedule<ReleaseWarning, FirstNoticeDue> FirstNotice { get; private set; } = null!;

    /// <summary>The reminder falls due.</summary>
    public Schedule<ReleaseWarning, ReminderDue> Reminder { get; private set; } = null!;

    /// <summary>The first notice's acknowledgement falls due.</summary>
    public Schedule<ReleaseWarning, FirstNoticeAcknowledgementDue> FirstAcknowledgement { get; private set; } = null!;

    /// <summary>The reminder's acknowledgement falls due.</summary>
    public Schedule<ReleaseWarning, ReminderAcknowledgementDue> ReminderAcknowledgement { get; private set; } = null!;

    /// <summary>Declares the warning's states, deadlines and what each message does.</summary>
    public ReleaseWarningStateMachine()
    {
        InstanceState(w => w.CurrentState);
        Event(() => Selected, CaseEventCorrelation.ToCase);
        Event(() => DateSet, CaseEventCorrelation.ToCase);
        Event(() => DateChanged, CaseEventCorrelation.ToCase);
        Event(() => Released, CaseEventCorrelation.ToExisting);
        Event(() => Acknowledged, CaseEventCorrelation.ToExisting);
        Event(() => Deselection, CaseEventCorrelation.ToExisting);
        Event(() => Moved, CaseEventCorrelation.ToExisting);
        Schedule(() => FirstNotice, w => w.FirstNoticeToken, CaseEventCorrelation.ToCase);
        Schedule(() => Reminder, w => w.ReminderToken, CaseEventCorrelation.ToCase);
        Schedule(() => FirstAcknowledgement, w => w.FirstNoticeAcknowledgementToken, CaseEventCorrelation.ToCase);
        Schedule(() => ReminderAcknowledgement, w => w.ReminderAcknowledgementToken, CaseEventCorrelation.ToCase);

        // A release date for someone who is not a current PPO, or a selection with none on record, leaves nothing behind.
        Initially(
            Plan(When(Selected), ReleasePlan.OnRecord, otherwise => otherwise.Finalize()),
            Plan(When(DateSet), c => Set(c.Message.Message.ReleaseDate, c.Message.Message.PrisonCode), otherwise => otherwise.Finalize()),
            Plan(When(DateChanged), c => Set(c.Message.Message.NewReleaseDate, c.Message.Message.PrisonCode), otherwise => otherwise.Finalize()));
        During(Planned, Notified, Reminded,
            // A selection updated while its warning runs: the date on record is the one planned for.
            Ignore(Selected),
            Plan(When(DateSet), c => Set(c.Message.Message.ReleaseDate, c.Message.Message.PrisonCode), Close),
            Plan(When(DateChanged), c => Set(c.Message.Message.NewReleaseDate, c.Message.Message.PrisonCode), Close),
            When(FirstNotice.Received)
                .ThenAsync(c => ReleaseNotices.Issue(c, PreReleaseNoticeKind.FirstNotice))
                .Schedule(FirstAcknowledgement, c => new FirstNoticeAcknowledgementDue(c.Saga.CorrelationId),
                    c => c.Until(c.Saga.FirstNoticeAcknowledgeBy))
                .TransitionTo(Notified),
            When(Reminder.Received)
                .ThenAsync(c => ReleaseNotices.Issue(c, PreReleaseNoticeKind.Reminder))
                .Schedule(ReminderAcknowledgement, c => new ReminderAcknowledgementDue(c.Saga.CorrelationId),
                    c => c.Until(c.Saga.ReminderAcknowledgeBy))
                .TransitionTo(Reminded),
            When(FirstAcknowledgement.Received).ThenAsync(c => ReleaseNotices.Escalate(c, PreReleaseNoticeKind.FirstNotice)),
            When(ReminderAcknowledgement.Received).ThenAsync(c => ReleaseNotices.Escalate(c, PreReleaseNoticeKind.Reminder)),
            Close(When(Released).Then(c => c.Saga.ReleasedAt = c.Message.Message.ReleasedAt)),
            Close(When(Deselection)),
            Close(When(Moved)));
        During(Closed,
            Plan(When(Selected), ReleasePlan.OnRecord, otherwise => otherwise),
            Plan(When(DateSet), c => Set(c.Message.Message.ReleaseDate, c.Message.Message.PrisonCode), otherwise => otherwise),
            Plan(When(DateChanged), c => Set(c.Message.Message.NewReleaseDate, c.Message.Message.PrisonCode), otherwise => otherwise),
            Ignore(Released), Ignore(Deselection), Ignore(Moved));
        // Police may acknowledge late, even after the release: the acknowledgement is recorded whatever the state.
        DuringAny(
            When(Acknowledged, c => c.Message.Message.NoticeId == c.Saga.FirstNoticeId)
                .Unschedule(FirstAcknowledgement)
                .Then(c => c.Saga.FirstNoticeAcknowledgedAt = c.Message.Message.AcknowledgedAt),
            When(Acknowledged, c => c.Message.Message.NoticeId == c.Saga.ReminderId)
                .Unschedule(ReminderAcknowledgement)
                .Then(c => c.Saga.ReminderAcknowledgedAt = c.Message.Message.AcknowledgedAt));
        SetCompletedWhenFinalized();
    }

    // Plans the notices for the release the event makes expected, or, when there is none or the case is no longer a
    // current PPO, does what `otherwise` says: a change of date re-issues the first notice, so the police learn the new date.
    EventActivityBinder<ReleaseWarning, CaseEvent<T>> Plan<T>(EventActivityBinder<ReleaseWarning, CaseEvent<T>> binder,
        Func<BehaviorContext<ReleaseWarning, CaseEvent<T>>, Task<ExpectedRelease?>> expected,
        Func<EventActivityBinder<ReleaseWarning, CaseEvent<T>>, EventActivityBinder<ReleaseWarning, CaseEvent<T>>> otherwise)
        where T : class =>
        binder.IfElseAsync(async c => await expected(c) is not null && await CaseCompanions.IsCurrentPpo(c),
            current => CancelAll(current)
                .ThenAsync(async c => await ReleasePlan.Start(c, (await expected(c))!))
                .IfElse(c => c.Saga.FirstNoticeDueAt <= c.Now(),
                    now => now
                        .ThenAsync(c => ReleaseNotices.Issue(c, PreReleaseNoticeKind.FirstNotice, c.Message.SourceMessageId))
                        .Schedule(FirstAcknowledgement, c => new FirstNoticeAcknowledgementDue(c.Saga.CorrelationId),
                            c => c.Until(c.Saga.FirstNoticeAcknowledgeBy))
                        .TransitionTo(Notified),
                    later => later
                        .Schedule(FirstNotice, c => new FirstNoticeDue(c.Saga.CorrelationId), c => c.Until(c.Saga.FirstNoticeDueAt))
                        .TransitionTo(Planned))
                .If(c => c.Saga.ReminderDueAt is not null,
                    reminder => reminder.Schedule(Reminder, c => new ReminderDue(c.Saga.CorrelationId), c => c.Until(c.Saga.ReminderDueAt))),
            otherwise);

    static Task<ExpectedRelease?> Set(DateOnly date, string prisonCode) => Task.FromResult<ExpectedRelease?>(new(date, prisonCode));

    EventActivityBinder<ReleaseWarning, T> Close<T>(EventActivityBinder<ReleaseWarning, T> binder) where T : class =>
        CancelAll(binder).TransitionTo(Closed);

    EventActivityBinder<ReleaseWarning, T> CancelAll<T>(EventActivityBinder<ReleaseWarning, T> binder) where T : class =>
        binder.Unschedule(FirstNotice).Unschedule(Reminder).Unschedule(FirstAcknowledgement).Unschedule(ReminderAcknowledgement);
}
