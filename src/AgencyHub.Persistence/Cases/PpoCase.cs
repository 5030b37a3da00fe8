using MassTransit;

namespace AgencyHub.Persistence.Cases;

/// <summary>
/// The state of one person's PPO case in one scheme: where they are in the justice system now and every message that
/// changed it (the current status JTrack could not give, Joint Inspection Report 2004 §7.24). The rules that move it
/// live in the PPO case state machine (AgencyHub.Sagas); this is what is stored. Where the person is held, since when,
/// their release date and recall are the person's (<see cref="People.PersonRecord"/>), read from there by every case.
/// </summary>
public sealed class PpoCase : SagaStateMachineInstance, ISagaVersion
{
    /// <summary>Derived from the person and the scheme (<see cref="PpoCaseIds"/>): one case per person per scheme.</summary>
    public Guid CorrelationId { get; set; }

    /// <summary>Optimistic concurrency version, checked and bumped on every update.</summary>
    public int Version { get; set; }

    /// <summary>The state machine's current state.</summary>
    public string CurrentState { get; set; } = "";

    /// <summary>The person (<see cref="People.PersonRecord"/>).</summary>
    public Guid PersonId { get; set; }

    /// <summary>The scheme's code.</summary>
    public string SchemeCode { get; set; } = "";

    /// <summary>The scheme's name.</summary>
    public string SchemeName { get; set; } = "";

    /// <summary>The person's PNC id, as last known.</summary>
    public string? PncId { get; set; }

    /// <summary>The person's CRO number, as last known.</summary>
    public string? CroNumber { get; set; }

    /// <summary>The person's prison number, as last known.</summary>
    public string? PrisonNumber { get; set; }

    /// <summary>The person's probation case reference, as last known.</summary>
    public string? Crn { get; set; }

    /// <summary>The scheme's lead officer for the person.</summary>
    public string LeadOfficerName { get; set; } = "";

    /// <summary>The lead officer's telephone.</summary>
    public string? LeadOfficerTelephone { get; set; }

    /// <summary>The lead officer's email.</summary>
    public string? LeadOfficerEmail { get; set; }

    /// <summary>Why the scheme selected the person.</summary>
    public string SelectionReason { get; set; } = "";

    /// <summary>When the person was selected.</summary>
    public DateTimeOffset SelectedAt { get; set; }

    /// <summary>The selection-matrix score the selection was based on, if any
    /// (PPO Strategy Initial Guidance 2004, Annex C §13: audit trail).</summary>
    public Guid? MatrixScoreId { get; set; }

    /// <summary>The prison that has had the PPO alert for the current stay; a stay is alerted once.</summary>
    public string? AlertedPrisonCode { get; set; }

    /// <summary>The scheme the person moved to, if they moved area.</summary>
    public string? MovedToSchemeCode { get; set; }

    /// <summary>When the person was de-selected.</summary>
    public DateTimeOffset? DeselectedAt { get; set; }

    /// <summary>Which of the six criteria de-selected them (Offender Management Update 2009 §5.2).</summary>
    public string? DeselectionCriterion { get; set; }

    /// <summary>The last sentence a court passed (<c>SentenceDisposal</c>'s name), if the hub was told of one.</summary>
    public string? SentenceDisposal { get; set; }

    /// <summary>When it was passed.</summary>
    public DateTimeOffset? SentencedAt { get; set; }

    /// <summary>Its custodial term in months, for custody, a suspended sentence or a detention and training order.</summary>
    public int? CustodialLengthMonths { get; set; }

    /// <summary>Who supervises the person under it: <c>probation</c>, the <c>yot</c>, or nobody (a fine, a discharge).</summary>
    public string? SupervisedBy { get; set; }

    /// <summary>When the needs assessment of the current stay is due (24 hours after arrival,
    /// Offender Management Update 2009, Paper 2).</summary>
    public DateTimeOffset? NeedsAssessmentDueAt { get; set; }

    /// <summary>The scheduled needs-assessment deadline, while it is pending.</summary>
    public Guid? NeedsAssessmentToken { get; set; }

    /// <summary>When the prison reported the needs assessment of the current stay done.</summary>
    public DateTimeOffset? NeedsAssessedAt { get; set; }

    /// <summary>When the hub escalated a needs assessment not reported in time.</summary>
    public DateTimeOffset? NeedsAssessmentEscalatedAt { get; set; }

    /// <summary>The last arrest or intelligence report, or the selection if there has been none since.</summary>
    public DateTimeOffset? LastActivityAt { get; set; }

    /// <summary>When six months without activity make a de-selection review due
    /// (Offender Management Update 2009 §5.2, criterion 1).</summary>
    public DateTimeOffset? InactivityReviewDueAt { get; set; }

    /// <summary>The scheduled inactivity review, while it is pending.</summary>
    public Guid? InactivityReviewToken { get; set; }

    /// <summary>When two years on the list make a review due
    /// (Offender Management Update 2009 §5.2, criterion 5).</summary>
    public DateTimeOffset? ListReviewDueAt { get; set; }

    /// <summary>The scheduled two-year review, while it is pending.</summary>
    public Guid? ListReviewToken { get; set; }

    /// <summary>When a de-selected long-sentence prisoner is due for re-selection review
    /// (Offender Management Update 2009 §5.2, criterion 3).</summary>
    public DateTimeOffset? ReselectionReviewDueAt { get; set; }

    /// <summary>The scheduled re-selection review, while it is pending.</summary>
    public Guid? ReselectionReviewToken { get; set; }

    /// <summary>The last review the hub raised (a <c>ReviewReason</c>), for operators.</summary>
    public string? LastReviewReason { get; set; }

    /// <summary>When the hub raised it.</summary>
    public DateTimeOffset? LastReviewRaisedAt { get; set; }

    /// <summary>How many entries the case's timeline has; the next one gets the sequence number after it.</summary>
    public int TimelineLength { get; set; }

    /// <summary>
    /// Entries added to the timeline while the case is being changed. An event appends its entry without reading the
    /// journey so far, so a loaded case comes without them: read the whole timeline from
    /// <see cref="HubDbContext.CaseTimeline"/>, ordered by <see cref="CaseTimelineEntry.Sequence"/>.
    /// </summary>
    public List<CaseTimelineEntry> Timeline { get; set; } = [];
}
