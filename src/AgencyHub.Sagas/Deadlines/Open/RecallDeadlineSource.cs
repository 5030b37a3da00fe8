using AgencyHub.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Sagas.Deadlines.Open;

/// <summary>The recall's deadlines: the ERRS's decision and the return to custody (docs/domain.md, "Recall").</summary>
public sealed class RecallDeadlineSource : IOpenDeadlineSource
{
    const string Saga = "Recall";

    static readonly DeadlineRule<Row>[] Deadlines =
    [
        new("recall decision by the ERRS", "PPO Strategy Initial Guidance 2004 §58", "deadline-breached to the prison and the police", r => r.Decision),
        new("return to custody after recall", "Joint Inspection Report 2004 §9.10", "deadline-breached to the police and probation", r => r.Return),
    ];

    /// <inheritdoc />
    public async Task<List<OpenDeadline>> Open(HubDbContext db, string? scheme, Guid? person, CancellationToken cancellationToken)
    {
        var rows = await db.Recalls.AsNoTracking()
            .Where(r => r.CurrentState != "Closed" && (scheme == null || r.SchemeCode == scheme) && (person == null || r.PersonId == person))
            .Select(r => new Row(r.RecallId, r.SchemeName, r.PersonId, r.DecidedAt == null ? r.DecisionDueAt : null, r.ReturnedAt == null ? r.ReturnDueAt : null))
            .ToListAsync(cancellationToken);
        return [.. rows.SelectMany(r => DeadlineRule<Row>.Open(Deadlines, r, Saga, $"recall {r.RecallId}", r.Scheme, r.PersonId))];
    }

    sealed record Row(Guid RecallId, string Scheme, Guid PersonId, DateTimeOffset? Decision, DateTimeOffset? Return);
}
