using AgencyHub.Sagas.Deadlines;

namespace AgencyHub.Sagas.Release;

/// <summary>The first pre-release notice of the case <paramref name="CaseId"/> is due. Internal to the hub, like the others here.</summary>
public sealed record FirstNoticeDue(Guid CaseId) : ICaseDeadline;

/// <summary>The pre-release reminder is due.</summary>
public sealed record ReminderDue(Guid CaseId) : ICaseDeadline;

/// <summary>The police acknowledgement of the first notice is due.</summary>
public sealed record FirstNoticeAcknowledgementDue(Guid CaseId) : ICaseDeadline;

/// <summary>The police acknowledgement of the reminder is due.</summary>
public sealed record ReminderAcknowledgementDue(Guid CaseId) : ICaseDeadline;
