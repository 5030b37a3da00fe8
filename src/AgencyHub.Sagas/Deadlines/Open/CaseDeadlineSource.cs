using AgencyHub.Persistence;
using AgencyHub.Persistence.Cases;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Sagas.Deadlines.Open;

/// <summary>The PPO case's deadlines: the needs assessment and the three reviews (docs/domain.md, "Deadlines").</summary>
public sealed class CaseDeadlineSource : IOpenDeadlineSource
{
    const string Saga = "PPO case";

    /// <inheritdoc />
    public async Task<List<OpenDeadline>> Open(HubDbContext db, string? scheme, Guid? person, CancellationToken cancellationToken)
    {
        var cases = db.Cases.AsNoTracking()
            .Where(c => c.DeselectedAt == null && (scheme == null || c.SchemeCode == scheme) && (person == null || c.PersonId == person));
        var open = new List<OpenDeadline>();
        foreach (var c in await cases.Where(c => c.NeedsAssessmentDueAt != null && c.NeedsAssessedAt == null).ToListAsync(cancellationToken))
            open.Add(Of(c, "needs assessment", c.NeedsAssessmentDueAt!.Value, "Offender Management Update 2009, Paper 2",
                "deadline-breached to the prison and the police"));
        foreach (var c in await cases.Where(c => c.InactivityReviewDueAt != null).ToListAsync(cancellationToken))
            open.Add(Of(c, "review: no arrest or intelligence for six months", c.InactivityReviewDueAt!.Value,
                "Offender Management Update 2009 §5.2, criterion 1", "ppo-review-due to the scheme's police"));
        foreach (var c in await cases.Where(c => c.ListReviewDueAt != null).ToListAsync(cancellationToken))
            open.Add(Of(c, "review: two years on the list", c.ListReviewDueAt!.Value,
                "Offender Management Update 2009 §5.2, criterion 5", "ppo-review-due to the scheme's police"));
        foreach (var c in await cases.Where(c => c.ReselectionReviewDueAt != null).ToListAsync(cancellationToken))
            open.Add(Of(c, "re-selection review before release", c.ReselectionReviewDueAt!.Value,
                "Offender Management Update 2009 §5.2, criterion 3", "ppo-review-due to the scheme's police"));
        return open;
    }

    /// <inheritdoc />
    public async Task<List<DateTimeOffset>> DueTimes(HubDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Cases.AsNoTracking().Where(c => c.DeselectedAt == null)
                .Select(c => new { NeedsAssessment = c.NeedsAssessedAt == null ? c.NeedsAssessmentDueAt : null, c.InactivityReviewDueAt, c.ListReviewDueAt, c.ReselectionReviewDueAt })
                .ToListAsync(cancellationToken))
            .SelectMany(c => new[] { c.NeedsAssessment, c.InactivityReviewDueAt, c.ListReviewDueAt, c.ReselectionReviewDueAt })
            .OfType<DateTimeOffset>()];

    static OpenDeadline Of(PpoCase c, string deadline, DateTimeOffset dueAt, string basis, string whenPassed) =>
        new(Saga, deadline, dueAt, basis, whenPassed, c.PncId ?? c.CroNumber ?? c.PrisonNumber ?? c.Crn ?? "", c.SchemeName, c.PersonId);
}
