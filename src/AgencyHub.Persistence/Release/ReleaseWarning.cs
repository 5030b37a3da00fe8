using MassTransit;

namespace AgencyHub.Persistence.Release;

/// <summary>
/// The release warning of one PPO case: the pre-release notices to the home police force for the person's current
/// release date (PPO Strategy Supplementary Annex 2004 §39; PPO Strategy Initial Guidance 2004, Annex E), the
/// acknowledgement each is owed, and any escalation. The rules live in the release-warning state machine
/// (AgencyHub.Sagas); this is what is stored, every due time included, so operators can see what is coming.
/// </summary>
public sealed class ReleaseWarning : SagaStateMachineInstance, ISagaVersion
{
    /// <summary>The PPO case's id: a case has one release warning at a time.</summary>
    public Guid CorrelationId { get; set; }

    /// <summary>Optimistic concurrency version, checked and bumped on every update.</summary>
    public int Version { get; set; }

    /// <summary>The state machine's current state.</summary>
    public string CurrentState { get; set; } = "";

    /// <summary>The person (<see cref="People.PersonRecord"/>).</summary>
    public Guid PersonId { get; set; }

    /// <summary>The scheme whose police force gets the notices.</summary>
    public string SchemeCode { get; set; } = "";

    /// <summary>The scheme's name, quoted on the notices.</summary>
    public string SchemeName { get; set; } = "";

    /// <summary>The releasing establishment.</summary>
    public string PrisonCode { get; set; } = "";

    /// <summary>The release date the notices are for.</summary>
    public DateOnly ReleaseDate { get; set; }

    /// <summary>When the first notice is (or was) due.</summary>
    public DateTimeOffset? FirstNoticeDueAt { get; set; }

    /// <summary>The scheduled first notice, while it is pending.</summary>
    public Guid? FirstNoticeToken { get; set; }

    /// <summary>The first notice issued.</summary>
    public Guid? FirstNoticeId { get; set; }

    /// <summary>When the police acknowledgement of the first notice is due.</summary>
    public DateTimeOffset? FirstNoticeAcknowledgeBy { get; set; }

    /// <summary>The scheduled acknowledgement deadline of the first notice, while it is pending.</summary>
    public Guid? FirstNoticeAcknowledgementToken { get; set; }

    /// <summary>When the police acknowledged the first notice.</summary>
    public DateTimeOffset? FirstNoticeAcknowledgedAt { get; set; }

    /// <summary>When the hub escalated the unacknowledged first notice.</summary>
    public DateTimeOffset? FirstNoticeEscalatedAt { get; set; }

    /// <summary>When the reminder is (or was) due; empty when too little time remained for one.</summary>
    public DateTimeOffset? ReminderDueAt { get; set; }

    /// <summary>The scheduled reminder, while it is pending.</summary>
    public Guid? ReminderToken { get; set; }

    /// <summary>The reminder issued.</summary>
    public Guid? ReminderId { get; set; }

    /// <summary>When the police acknowledgement of the reminder is due.</summary>
    public DateTimeOffset? ReminderAcknowledgeBy { get; set; }

    /// <summary>The scheduled acknowledgement deadline of the reminder, while it is pending.</summary>
    public Guid? ReminderAcknowledgementToken { get; set; }

    /// <summary>When the police acknowledged the reminder.</summary>
    public DateTimeOffset? ReminderAcknowledgedAt { get; set; }

    /// <summary>When the hub escalated the unacknowledged reminder.</summary>
    public DateTimeOffset? ReminderEscalatedAt { get; set; }

    /// <summary>When the person was released, which closed the warning.</summary>
    public DateTimeOffset? ReleasedAt { get; set; }
}
