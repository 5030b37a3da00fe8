using AgencyHub.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Sagas.Deadlines.Open;

/// <summary>The PPO case's deadlines: the needs assessment and the three reviews (docs/domain.md, "Deadlines").</summary>
public sealed class CaseDeadlineSource : IOpenDeadlineSource
{
    const string Saga = "PPO case";
    const string ReviewDue = "ppo-review-due to the scheme's police";

    static readonly DeadlineRule<Row>[] Deadlines =
    [
        new("needs assessment", "Offender Management Update 2009, Paper 2", "deadline-breached to the prison and the police", r => r.NeedsAssessment),
        new("review: no arrest or intelligence for six months", "Offender Management Update 2009 §5.2, criterion 1", ReviewDue, r => r.InactivityReview),
        new("review: two years on the list", "Offender Management Update 2009 §5.2, criterion 5", ReviewDue, r => r.ListReview),
        new("re-selection review before release", "Offender Management Update 2009 §5.2, criterion 3", ReviewDue, r => r.ReselectionReview),
    ];

    /// <inheritdoc />
    public async Task<List<OpenDeadline>> Open(HubDbContext db, string? scheme, Guid? person, CancellationToken cancellationToken)
    {
        // Only what the deadlines need, never whole rows: the hub's heartbeat counts them all every few seconds.
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.DeselectedAt == null && (scheme == null || c.SchemeCode == scheme) && (person == null || c.PersonId == person))
            .Select(c => new Row(c.PncId ?? c.CroNumber ?? c.PrisonNumber ?? c.Crn ?? "", c.SchemeName, c.PersonId,
                c.NeedsAssessedAt == null ? c.NeedsAssessmentDueAt : null, c.InactivityReviewDueAt, c.ListReviewDueAt, c.ReselectionReviewDueAt))
            .ToListAsync(cancellationToken);
        return [.. rows.SelectMany(r => DeadlineRule<Row>.Open(Deadlines, r, Saga, r.Subject, r.Scheme, r.PersonId))];
    }

    sealed record Row(string Subject, string Scheme, Guid PersonId, DateTimeOffset? NeedsAssessment, DateTimeOffset? InactivityReview,
        DateTimeOffset? ListReview, DateTimeOffset? ReselectionReview);
}
