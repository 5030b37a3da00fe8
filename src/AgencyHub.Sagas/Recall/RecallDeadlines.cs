using AgencyHub.Sagas.Deadlines;

namespace AgencyHub.Sagas.Recall;

/// <summary>The ERRS's decision on the recall of case <paramref name="CaseId"/> is due. Internal to the hub.</summary>
public sealed record RecallDecisionDue(Guid CaseId) : ICaseDeadline;

/// <summary>The recalled person of case <paramref name="CaseId"/> is due back in custody.</summary>
public sealed record ReturnToCustodyDue(Guid CaseId) : ICaseDeadline;
