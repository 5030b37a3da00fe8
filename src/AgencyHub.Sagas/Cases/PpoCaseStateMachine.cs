using AgencyHub.Contracts.Alerts;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Recall;
using AgencyHub.Contracts.Selection;
using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.People;
using MassTransit;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// One person's PPO case in one scheme, from selection to de-selection: in the community, in custody, on licence,
/// recalled, moved area, de-selected (with which of the six criteria, Offender Management Update 2009 §5.2). Which
/// prison, since when, why, the release date and the recall are the person's, in the register (<see cref="CasePerson"/>):
/// the intake applies a custody message to the person first, then to each case, whose state follows it. The prison
/// holding a current PPO gets the PPO alert once per stay, whichever came first, the selection or the reception
/// (Offender Management Update 2009, Paper 2; PPO Strategy Supplementary Annex 2004 §37), and is told when the alert no
/// longer applies.
/// </summary>
public sealed partial class PpoCaseStateMachine : MassTransitStateMachine<PpoCase>
{
    /// <summary>Selected and at large.</summary>
    public State InCommunity { get; private set; } = null!;

    /// <summary>Held in a prison.</summary>
    public State InCustody { get; private set; } = null!;

    /// <summary>Released on licence.</summary>
    public State OnLicence { get; private set; } = null!;

    /// <summary>Recall decided; not yet back in custody.</summary>
    public State RecallOutstanding { get; private set; } = null!;

    /// <summary>De-selected by the scheme; a new selection reopens the case.</summary>
    public State Deselected { get; private set; } = null!;

    /// <summary>Moved to another scheme's area (Offender Management Update 2009 §5.2, criterion 2).</summary>
    public State MovedArea { get; private set; } = null!;

    /// <summary>The scheme selected the person (or updated the selection).</summary>
    public Event<CaseEvent<PpoSelected>> Selected { get; private set; } = null!;

    /// <summary>The scheme de-selected the person.</summary>
    public Event<CaseEvent<PpoDeselected>> Deselection { get; private set; } = null!;

    /// <summary>The person moved to another scheme's area.</summary>
    public Event<CaseEvent<PpoMovedArea>> Moved { get; private set; } = null!;

    /// <summary>A prison received the person.</summary>
    public Event<CaseEvent<ReceptionIntoCustody>> Received { get; private set; } = null!;

    /// <summary>The person moved prison.</summary>
    public Event<CaseEvent<PrisonTransfer>> Transferred { get; private set; } = null!;

    /// <summary>The person left prison.</summary>
    public Event<CaseEvent<OffenderReleased>> Released { get; private set; } = null!;

    /// <summary>ERRS decided on a recall.</summary>
    public Event<CaseEvent<RecallDecided>> RecallDecision { get; private set; } = null!;

    /// <summary>The recalled person is back in custody.</summary>
    public Event<CaseEvent<ReturnedToCustody>> Returned { get; private set; } = null!;

    /// <summary>Declares the case's states and what each message does in them.</summary>
    public PpoCaseStateMachine()
    {
        InstanceState(c => c.CurrentState);
        Event(() => Selected, CaseEventCorrelation.ToCase);
        Event(() => Deselection, CaseEventCorrelation.ToExisting);
        Event(() => Moved, CaseEventCorrelation.ToExisting);
        Event(() => Received, CaseEventCorrelation.ToExisting);
        Event(() => Transferred, CaseEventCorrelation.ToExisting);
        Event(() => Released, CaseEventCorrelation.ToExisting);
        Event(() => RecallDecision, CaseEventCorrelation.ToExisting);
        Event(() => Returned, CaseEventCorrelation.ToExisting);

        Initially(WhenSelected());
        During(Deselected, MovedArea, WhenSelected(),
            Ignore(Deselection), Ignore(Moved), Ignore(Received), Ignore(Transferred), Ignore(RecallDecision), Ignore(Returned));

        During(InCommunity, InCustody, OnLicence, RecallOutstanding,
            When(Selected)
                .Then(c => Select(c))
                .ThenAsync(c => CaseNotices.AlertPrison(c, AlertTrigger.SelectedWhileInCustody))
                .Then(c => CaseTimeline.Record(c, c.Message.Message.SelectedAt, "Selection updated")),
            WhenHeld(Received, m => m.ReceivedAt, m => $"Received into {m.PrisonCode} ({m.Reason})"),
            WhenHeld(Transferred, m => m.TransferredAt, m => $"Transferred from {m.FromPrisonCode} to {m.ToPrisonCode}"),
            WhenHeld(Returned, m => m.ReturnedAt, m => $"Returned to custody in {m.PrisonCode} on recall"),
            When(Released, c => c.Message.Message.OnLicence)
                .Then(c => Release(c))
                .TransitionTo(OnLicence)
                .Then(c => CaseTimeline.Record(c, c.Message.Message.ReleasedAt, $"Released from {c.Message.Message.PrisonCode} on licence")),
            When(Released, c => !c.Message.Message.OnLicence)
                .Then(c => Release(c))
                .TransitionTo(InCommunity)
                .Then(c => CaseTimeline.Record(c, c.Message.Message.ReleasedAt, $"Released from {c.Message.Message.PrisonCode} without licence")),
            When(RecallDecision)
                .Then(c => CaseTimeline.Identify(c))
                .IfElseAsync(async c => (await CasePerson.Of(c)).RecallId == c.Message.Message.RecallId,
                    outstanding => outstanding
                        .TransitionTo(RecallOutstanding)
                        .Then(c => CaseTimeline.Record(c, c.Message.Message.DecidedAt, "Recalled: to be returned to custody")),
                    otherwise => otherwise
                        .Then(c => CaseTimeline.Record(c, c.Message.Message.DecidedAt, $"Recall decision: {c.Message.Message.Decision}"))),
            When(Deselection)
                .ThenAsync(c => CaseNotices.WithdrawAlert(c, c.Message.Message.Criterion, c.Message.Message.DeselectedAt))
                .Then(c =>
                {
                    c.Saga.DeselectedAt = c.Message.Message.DeselectedAt;
                    c.Saga.DeselectionCriterion = c.Message.Message.Criterion.ToString();
                })
                .TransitionTo(Deselected)
                .Then(c => CaseTimeline.Record(c, c.Message.Message.DeselectedAt, $"De-selected: {c.Message.Message.Criterion}"))
                .Then(CheckLongSentence),
            When(Moved)
                .ThenAsync(c => CaseNotices.WithdrawAlert(c, DeselectionCriterion.MovedArea, c.Message.Message.MovedAt))
                .Then(c =>
                {
                    c.Saga.MovedToSchemeCode = c.Message.Message.ToScheme.Code;
                    c.Saga.DeselectedAt = c.Message.Message.MovedAt;
                    c.Saga.DeselectionCriterion = nameof(DeselectionCriterion.MovedArea);
                })
                .TransitionTo(MovedArea)
                .Then(c => CaseTimeline.Record(c, c.Message.Message.MovedAt, $"Moved to the area of scheme {c.Message.Message.ToScheme.Code}")));

        DeclareNeedsAssessment();
        DeclareReviews();
        DeclareSentences();
    }

    // A first selection, or a re-selection after de-selection: the case starts where the register says the person is.
    EventActivityBinder<PpoCase, CaseEvent<PpoSelected>> WhenSelected() =>
        When(Selected)
            .Then(c => Select(c))
            .Then(c =>
            {
                c.Saga.DeselectedAt = null;
                c.Saga.DeselectionCriterion = null;
                c.Saga.MovedToSchemeCode = null;
                c.Saga.AlertedPrisonCode = null;
            })
            .ThenAsync(c => CaseNotices.AlertPrison(c, AlertTrigger.SelectedWhileInCustody))
            .ThenAsync(async c => await c.TransitionToState(Where(await CasePerson.Of(c))))
            .Then(c => CaseTimeline.Record(c, c.Message.Message.SelectedAt, $"Selected by scheme {c.Message.Message.Scheme.Code}"));

    // Held (the intake has put the person's row there): the prison holding them is alerted, once per stay.
    EventActivityBinder<PpoCase, CaseEvent<T>> WhenHeld<T>(Event<CaseEvent<T>> held, Func<T, DateTimeOffset> at, Func<T, string> summary)
        where T : class =>
        When(held)
            .Then(c => CaseTimeline.Identify(c))
            .ThenAsync(c => CaseNotices.AlertPrison(c, AlertTrigger.Reception))
            .TransitionTo(InCustody)
            .Then(c => CaseTimeline.Record(c, at(c.Message.Message), summary(c.Message.Message)));

    // The licence's end is not reported to the hub: someone released on licence is taken as still on it.
    State Where(PersonRecord person) =>
        person.PrisonCode is not null ? InCustody
        : person.RecallId is not null ? RecallOutstanding
        : person.ReleasedOnLicence == true ? OnLicence
        : InCommunity;

    static void Select(BehaviorContext<PpoCase, CaseEvent<PpoSelected>> context)
    {
        var selected = context.Message.Message;
        var ppoCase = context.Saga;
        CaseTimeline.Identify(context);
        ppoCase.SchemeCode = selected.Scheme.Code;
        ppoCase.SchemeName = selected.Scheme.Name;
        ppoCase.LeadOfficerName = selected.LeadOfficer.Name;
        ppoCase.LeadOfficerTelephone = selected.LeadOfficer.Telephone;
        ppoCase.LeadOfficerEmail = selected.LeadOfficer.Email;
        ppoCase.SelectionReason = selected.SelectionReason;
        ppoCase.SelectedAt = selected.SelectedAt;
        ppoCase.MatrixScoreId = selected.MatrixScoreId;
    }

    // The stay the alert was for has ended: the next reception is alerted again.
    static void Release(BehaviorContext<PpoCase, CaseEvent<OffenderReleased>> context)
    {
        CaseTimeline.Identify(context);
        context.Saga.AlertedPrisonCode = null;
    }
}
