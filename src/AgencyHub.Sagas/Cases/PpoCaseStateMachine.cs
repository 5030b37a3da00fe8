using AgencyHub.Contracts.Alerts;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Recall;
using AgencyHub.Contracts.Selection;
using AgencyHub.Persistence.Cases;
using MassTransit;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// One person's PPO case in one scheme, from selection to de-selection: in the community, in custody (which prison,
/// since when, why), on licence, recalled, moved area, de-selected (with which of the six criteria,
/// Offender Management Update 2009 §5.2). The prison holding a current PPO gets the PPO alert once per stay, whichever
/// came first, the selection or the reception (Offender Management Update 2009, Paper 2;
/// PPO Strategy Supplementary Annex 2004 §37), and is told when the alert no longer applies.
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
            When(Received)
                .Then(c => Hold(c, c.Message.Message.PrisonCode, c.Message.Message.ReceivedAt, c.Message.Message.Reason.ToString()))
                .ThenAsync(c => CaseNotices.AlertPrison(c, AlertTrigger.Reception))
                .TransitionTo(InCustody)
                .Then(c => CaseTimeline.Record(c, c.Message.Message.ReceivedAt, $"Received into {c.Message.Message.PrisonCode} ({c.Message.Message.Reason})")),
            When(Transferred)
                .Then(c => Hold(c, c.Message.Message.ToPrisonCode, c.Message.Message.TransferredAt, nameof(ReceptionReason.Transfer)))
                .ThenAsync(c => CaseNotices.AlertPrison(c, AlertTrigger.Reception))
                .TransitionTo(InCustody)
                .Then(c => CaseTimeline.Record(c, c.Message.Message.TransferredAt,
                    $"Transferred from {c.Message.Message.FromPrisonCode} to {c.Message.Message.ToPrisonCode}")),
            When(Returned)
                .Then(c => Hold(c, c.Message.Message.PrisonCode, c.Message.Message.ReturnedAt, nameof(ReceptionReason.Recall)))
                .Then(c => c.Saga.RecallId = null)
                .ThenAsync(c => CaseNotices.AlertPrison(c, AlertTrigger.Reception))
                .TransitionTo(InCustody)
                .Then(c => CaseTimeline.Record(c, c.Message.Message.ReturnedAt, $"Returned to custody in {c.Message.Message.PrisonCode} on recall")),
            When(Released, c => c.Message.Message.OnLicence)
                .Then(c => Release(c))
                .TransitionTo(OnLicence)
                .Then(c => CaseTimeline.Record(c, c.Message.Message.ReleasedAt, $"Released from {c.Message.Message.PrisonCode} on licence")),
            When(Released, c => !c.Message.Message.OnLicence)
                .Then(c => Release(c))
                .TransitionTo(InCommunity)
                .Then(c => CaseTimeline.Record(c, c.Message.Message.ReleasedAt, $"Released from {c.Message.Message.PrisonCode} without licence")),
            When(RecallDecision, c => c.Message.Message.Decision == Contracts.Recall.RecallDecision.Recalled && c.Saga.PrisonCode is null)
                .Then(c => Recall(c))
                .TransitionTo(RecallOutstanding)
                .Then(c => CaseTimeline.Record(c, c.Message.Message.DecidedAt, "Recalled: to be returned to custody")),
            When(RecallDecision, c => c.Message.Message.Decision != Contracts.Recall.RecallDecision.Recalled || c.Saga.PrisonCode is not null)
                .Then(c => CaseTimeline.Record(c, c.Message.Message.DecidedAt, $"Recall decision: {c.Message.Message.Decision}")),
            When(Deselection)
                .ThenAsync(c => CaseNotices.WithdrawAlert(c, c.Message.Message.Criterion, c.Message.Message.DeselectedAt))
                .Then(c =>
                {
                    c.Saga.DeselectedAt = c.Message.Message.DeselectedAt;
                    c.Saga.DeselectionCriterion = c.Message.Message.Criterion.ToString();
                })
                .TransitionTo(Deselected)
                .Then(c => CaseTimeline.Record(c, c.Message.Message.DeselectedAt, $"De-selected: {c.Message.Message.Criterion}")),
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
    }

    // A first selection, or a re-selection after de-selection: in custody if the register says the person is held.
    EventActivityBinder<PpoCase, CaseEvent<PpoSelected>> WhenSelected() =>
        When(Selected)
            .Then(c => Select(c))
            .ThenAsync(async c =>
            {
                var person = await PersonCustody.Claim(c);
                c.Saga.DeselectedAt = null;
                c.Saga.DeselectionCriterion = null;
                c.Saga.MovedToSchemeCode = null;
                c.Saga.AlertedPrisonCode = null;
                c.Saga.PrisonCode = person.PrisonCode;
                c.Saga.InCustodySince = person.InCustodySince;
                c.Saga.CustodyReason = person.CustodyReason;
                c.Saga.ReleaseDate = person.PrisonCode is null ? null : person.ReleaseDate;
            })
            .ThenAsync(c => CaseNotices.AlertPrison(c, AlertTrigger.SelectedWhileInCustody))
            .IfElse(c => c.Saga.PrisonCode is null, community => community.TransitionTo(InCommunity), custody => custody.TransitionTo(InCustody))
            .ThenAsync(ReleaseDateOnRecord.Resume)
            .Then(c => CaseTimeline.Record(c, c.Message.Message.SelectedAt, $"Selected by scheme {c.Message.Message.Scheme.Code}"));

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

    static void Hold<T>(BehaviorContext<PpoCase, CaseEvent<T>> context, string prisonCode, DateTimeOffset since, string reason) where T : class
    {
        CaseTimeline.Identify(context);
        var ppoCase = context.Saga;
        if (ppoCase.PrisonCode != prisonCode) ppoCase.InCustodySince = since;
        ppoCase.PrisonCode = prisonCode;
        ppoCase.CustodyReason = reason;
    }

    static void Release(BehaviorContext<PpoCase, CaseEvent<OffenderReleased>> context)
    {
        CaseTimeline.Identify(context);
        var ppoCase = context.Saga;
        ppoCase.PrisonCode = null;
        ppoCase.InCustodySince = null;
        ppoCase.CustodyReason = null;
        ppoCase.AlertedPrisonCode = null;
        ppoCase.ReleasedAt = context.Message.Message.ReleasedAt;
        ppoCase.ReleasedOnLicence = context.Message.Message.OnLicence;
    }

    static void Recall(BehaviorContext<PpoCase, CaseEvent<RecallDecided>> context)
    {
        CaseTimeline.Identify(context);
        context.Saga.RecallId = context.Message.Message.RecallId;
        context.Saga.RecalledAt = context.Message.Message.DecidedAt;
    }
}
