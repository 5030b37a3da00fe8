using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Recall;
using AgencyHub.Contracts.Selection;
using AgencyHub.Persistence.Recall;
using AgencyHub.Sagas.Cases;
using AgencyHub.Sagas.Deadlines;
using MassTransit;

namespace AgencyHub.Sagas.Recall;

/// <summary>
/// The recall of a current PPO (docs/domain.md, "Recall"; "Agreement with the ERRS for fast recall", PPO Strategy
/// Initial Guidance 2004 §58): probation's request opens it and the ERRS's decision is due within
/// <see cref="DeadlineSettings.RecallDecisionHours"/>; a decision to recall starts the return to custody, due within
/// <see cref="DeadlineSettings.ReturnToCustodyDays"/>; the police's arrest is recorded; a return to custody, or a
/// reception for recall, closes it, as does a decision not to recall, a de-selection or a move. A deadline that passes
/// is escalated (<see cref="RecallEscalations"/>) and stays open, passed, until it is met. Lead times are per scheme.
/// The routing of each message to its recipients is the intake's, as for every agency message.
/// </summary>
public sealed class RecallStateMachine : MassTransitStateMachine<RecallWatch>
{
    /// <summary>Asked for; the ERRS's decision awaited.</summary>
    public State Requested { get; private set; } = null!;

    /// <summary>Licence revoked; the person not yet back in custody.</summary>
    public State Recalled { get; private set; } = null!;

    /// <summary>Returned, not recalled, or no longer a PPO: nothing is due. A new request opens it again.</summary>
    public State Closed { get; private set; } = null!;

    /// <summary>Probation asked the ERRS to recall.</summary>
    public Event<CaseEvent<RecallRequested>> Request { get; private set; } = null!;

    /// <summary>The ERRS decided.</summary>
    public Event<CaseEvent<RecallDecided>> Decision { get; private set; } = null!;

    /// <summary>The police arrested the person.</summary>
    public Event<CaseEvent<RecallArrestMade>> Arrest { get; private set; } = null!;

    /// <summary>The prison has the person back.</summary>
    public Event<CaseEvent<ReturnedToCustody>> Return { get; private set; } = null!;

    /// <summary>A prison received the person for recall (<see cref="CaseMachines"/> raises no other reception here).</summary>
    public Event<CaseEvent<ReceptionIntoCustody>> Reception { get; private set; } = null!;

    /// <summary>The scheme de-selected the person.</summary>
    public Event<CaseEvent<PpoDeselected>> Deselection { get; private set; } = null!;

    /// <summary>The person moved to another scheme's area.</summary>
    public Event<CaseEvent<PpoMovedArea>> Moved { get; private set; } = null!;

    /// <summary>The decision falls due.</summary>
    public Schedule<RecallWatch, RecallDecisionDue> DecisionDeadline { get; private set; } = null!;

    /// <summary>The return to custody falls due.</summary>
    public Schedule<RecallWatch, ReturnToCustodyDue> ReturnDeadline { get; private set; } = null!;

    /// <summary>Whether a case event can concern a recall: every reception but one for recall leaves it alone.</summary>
    public static bool Concerns(object message) => message is not ReceptionIntoCustody reception || reception.Reason == ReceptionReason.Recall;

    /// <summary>Declares the recall's states, deadlines and what each message does.</summary>
    public RecallStateMachine()
    {
        InstanceState(r => r.CurrentState);
        Event(() => Request, CaseEventCorrelation.ToCase);
        Event(() => Decision, CaseEventCorrelation.ToCase);
        Event(() => Arrest, CaseEventCorrelation.ToExisting);
        Event(() => Return, CaseEventCorrelation.ToExisting);
        Event(() => Reception, CaseEventCorrelation.ToExisting);
        Event(() => Deselection, CaseEventCorrelation.ToExisting);
        Event(() => Moved, CaseEventCorrelation.ToExisting);
        Schedule(() => DecisionDeadline, r => r.DecisionToken, CaseEventCorrelation.ToCase);
        Schedule(() => ReturnDeadline, r => r.ReturnToken, CaseEventCorrelation.ToCase);

        // Only a current PPO's recall is chased; a decision may come before (or without) the request.
        Initially(
            When(Request).IfElseAsync(CaseCompanions.IsCurrentPpo, Ask, other => other.Finalize()),
            When(Decision).IfElseAsync(async c => c.Message.Message.Decision == RecallDecision.Recalled && await CaseCompanions.IsCurrentPpo(c),
                recalled => Revoke(Begin(recalled, c => c.Message.Message.RecallId)), other => other.Finalize()));
        During(Requested, Recalled,
            Ignore(Request, c => c.Message.Message.RecallId == c.Saga.RecallId),
            Ask(When(Request, c => c.Message.Message.RecallId != c.Saga.RecallId)),
            When(Arrest, c => c.Message.Message.RecallId == c.Saga.RecallId).Then(c => c.Saga.ArrestedAt = c.Message.Message.ArrestedAt),
            Ignore(Arrest, c => c.Message.Message.RecallId != c.Saga.RecallId),
            Close(When(Return).Then(c => c.Saga.ReturnedAt = c.Message.Message.ReturnedAt), "returned to custody"),
            Close(When(Reception).Then(c => c.Saga.ReturnedAt = c.Message.Message.ReceivedAt), "received into custody for recall"),
            Close(When(Deselection), "de-selected"),
            Close(When(Moved), "moved to another scheme's area"));
        During(Requested,
            Revoke(When(Decision, c => c.Message.Message.RecallId == c.Saga.RecallId && c.Message.Message.Decision == RecallDecision.Recalled)
                .Unschedule(DecisionDeadline)),
            Close(When(Decision, c => c.Message.Message.RecallId == c.Saga.RecallId && c.Message.Message.Decision == RecallDecision.NotRecalled)
                .Then(c => (c.Saga.DecidedAt, c.Saga.Decision) = (c.Message.Message.DecidedAt, nameof(RecallDecision.NotRecalled))), "not recalled"),
            // A decision about another recall than the one chased is the ERRS's business, not this case's to close.
            Ignore(Decision, c => c.Message.Message.RecallId != c.Saga.RecallId),
            When(DecisionDeadline.Received).ThenAsync(RecallEscalations.DecisionLate));
        During(Recalled,
            Ignore(Decision),
            When(ReturnDeadline.Received).ThenAsync(RecallEscalations.ReturnLate));
        // A deadline cancelled as it fell due may still arrive: the state it was for has passed.
        During(Recalled, Closed, Ignore(DecisionDeadline.Received));
        During(Requested, Closed, Ignore(ReturnDeadline.Received));
        During(Closed,
            When(Request).IfElseAsync(CaseCompanions.IsCurrentPpo, Ask, other => other),
            When(Decision, c => c.Message.Message.RecallId != c.Saga.RecallId && c.Message.Message.Decision == RecallDecision.Recalled)
                .IfElseAsync(CaseCompanions.IsCurrentPpo, recalled => Revoke(Begin(recalled, c => c.Message.Message.RecallId)), other => other),
            Ignore(Decision, c => c.Message.Message.RecallId == c.Saga.RecallId || c.Message.Message.Decision == RecallDecision.NotRecalled),
            Ignore(Arrest), Ignore(Return), Ignore(Reception), Ignore(Deselection), Ignore(Moved));
        SetCompletedWhenFinalized();
    }

    // A new request: everything of an earlier recall is forgotten, and the decision is due within the scheme's hours.
    EventActivityBinder<RecallWatch, CaseEvent<RecallRequested>> Ask(EventActivityBinder<RecallWatch, CaseEvent<RecallRequested>> binder) =>
        Begin(binder, c => c.Message.Message.RecallId)
            .Then(c =>
            {
                var requestedAt = c.Message.Message.RequestedAt;
                c.Saga.RequestedAt = requestedAt;
                c.Saga.DecisionDueAt = requestedAt + TimeSpan.FromHours(c.DeadlinesOf(c.Saga.SchemeCode).RecallDecisionHours);
            })
            .Schedule(DecisionDeadline, c => new RecallDecisionDue(c.Saga.CorrelationId), c => c.Until(c.Saga.DecisionDueAt))
            .TransitionTo(Requested);

    // Licence revoked: the person is due back within the scheme's days of the decision.
    EventActivityBinder<RecallWatch, CaseEvent<RecallDecided>> Revoke(EventActivityBinder<RecallWatch, CaseEvent<RecallDecided>> binder) =>
        binder
            .Then(c =>
            {
                var decision = c.Message.Message;
                (c.Saga.DecidedAt, c.Saga.Decision) = (decision.DecidedAt, nameof(RecallDecision.Recalled));
                c.Saga.ReturnDueAt = decision.DecidedAt + TimeSpan.FromDays(c.DeadlinesOf(c.Saga.SchemeCode).ReturnToCustodyDays);
            })
            .Schedule(ReturnDeadline, c => new ReturnToCustodyDue(c.Saga.CorrelationId), c => c.Until(c.Saga.ReturnDueAt))
            .TransitionTo(Recalled);

    // Starts the recall afresh for the case's person and scheme; any earlier deadline is cancelled.
    EventActivityBinder<RecallWatch, CaseEvent<T>> Begin<T>(EventActivityBinder<RecallWatch, CaseEvent<T>> binder,
        Func<BehaviorContext<RecallWatch, CaseEvent<T>>, Guid> recallId) where T : class =>
        binder.Unschedule(DecisionDeadline).Unschedule(ReturnDeadline).ThenAsync(async c =>
        {
            var ppoCase = await CaseCompanions.CaseOf(c) ?? throw new InvalidOperationException($"Case {c.Message.CaseId} disappeared");
            var recall = c.Saga;
            (recall.PersonId, recall.SchemeCode, recall.SchemeName, recall.RecallId) =
                (c.Message.PersonId, ppoCase.SchemeCode, ppoCase.SchemeName, recallId(c));
            (recall.RequestedAt, recall.DecisionDueAt, recall.DecisionEscalatedAt, recall.DecidedAt, recall.Decision) = (null, null, null, null, null);
            (recall.ReturnDueAt, recall.ReturnEscalatedAt, recall.ArrestedAt, recall.ReturnedAt, recall.ClosedBecause) = (null, null, null, null, null);
        });

    EventActivityBinder<RecallWatch, T> Close<T>(EventActivityBinder<RecallWatch, T> binder, string because) where T : class =>
        binder.Unschedule(DecisionDeadline).Unschedule(ReturnDeadline).Then(c => c.Saga.ClosedBecause = because).TransitionTo(Closed);
}
