namespace AgencyHub.Messaging.Sharing;

/// <summary>
/// Which changes an agreement allows in each status, and the version each makes. Drafts and suspended agreements may be
/// activated, if their review date is still ahead; an active or suspended one renewed with a later review date; any
/// but an expired one amended (the status stays), suspended or expired. An expired agreement changes no more.
/// </summary>
public static class AgreementLifecycle
{
    /// <summary>
    /// The next version of <paramref name="current"/> after <paramref name="change"/>, made by <paramref name="actor"/> at
    /// <paramref name="now"/> (<paramref name="today"/> in the UK), or why the change is not allowed.
    /// </summary>
    public static (Agreement? Next, string? Refusal) Apply(Agreement current, AgreementChange change, AgreementTerms terms, string? reason,
        string actor, DateTimeOffset now, DateOnly today)
    {
        if (current.Status == AgreementStatus.Expired)
            return (null, $"agreement '{current.Id}' has expired and changes no more: draft a new one");
        var next = current with { Version = current.Version + 1, Terms = terms, ChangedAt = now, ChangedBy = actor, StatusReason = reason };
        return change switch
        {
            AgreementChange.Amended => (next with { StatusReason = current.StatusReason }, null),
            AgreementChange.Activated when current.Status == AgreementStatus.Active => (null, $"agreement '{current.Id}' is already active"),
            AgreementChange.Activated when terms.ReviewOn <= today =>
                (null, $"agreement '{current.Id}' reached its review date {terms.ReviewOn:yyyy-MM-dd}: renew it with a later one"),
            AgreementChange.Activated => (next with { Status = AgreementStatus.Active }, null),
            AgreementChange.Renewed when current.Status == AgreementStatus.Draft => (null, $"agreement '{current.Id}' is a draft: activate it"),
            AgreementChange.Renewed when terms.ReviewOn <= today || terms.ReviewOn <= current.Terms.ReviewOn =>
                (null, $"a renewal needs a review date after today and after the current one ({current.Terms.ReviewOn:yyyy-MM-dd})"),
            AgreementChange.Renewed => (next with { Status = AgreementStatus.Active }, null),
            AgreementChange.Suspended or AgreementChange.Lapsed when current.Status != AgreementStatus.Active =>
                (null, $"agreement '{current.Id}' is not active"),
            AgreementChange.Suspended or AgreementChange.Lapsed => (next with { Status = AgreementStatus.Suspended }, null),
            AgreementChange.Expired => (next with { Status = AgreementStatus.Expired }, null),
            _ => (null, $"an agreement is not {change.ToString().ToLowerInvariant()} this way"),
        };
    }

    /// <summary>A new agreement's first version: a draft.</summary>
    public static Agreement Draft(string id, AgreementTerms terms, string actor, DateTimeOffset now) =>
        new(id, 1, AgreementStatus.Draft, null, terms, now, actor);
}
