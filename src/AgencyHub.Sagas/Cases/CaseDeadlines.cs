using AgencyHub.Sagas.Deadlines;

namespace AgencyHub.Sagas.Cases;

/// <summary>The needs assessment of the case <paramref name="CaseId"/> is due. Internal to the hub, like the others here.</summary>
public sealed record NeedsAssessmentDue(Guid CaseId) : ICaseDeadline;

/// <summary>Six months have passed without an arrest or intelligence report.</summary>
public sealed record InactivityReviewDue(Guid CaseId) : ICaseDeadline;

/// <summary>The PPO has been on the list for two years.</summary>
public sealed record ListReviewDue(Guid CaseId) : ICaseDeadline;

/// <summary>A de-selected long-sentence prisoner is three months from release.</summary>
public sealed record ReselectionReviewDue(Guid CaseId) : ICaseDeadline;
