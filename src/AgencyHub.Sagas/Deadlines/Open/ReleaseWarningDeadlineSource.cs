using AgencyHub.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Sagas.Deadlines.Open;

/// <summary>
/// The release warning's deadlines: the two notices to the home police force and their acknowledgements
/// (PPO Strategy Supplementary Annex 2004 §39).
/// </summary>
public sealed class ReleaseWarningDeadlineSource : IOpenDeadlineSource
{
    const string Saga = "Release warning";
    const string Basis = "PPO Strategy Supplementary Annex 2004 §39";
    const string Breached = "deadline-breached to the police";

    static readonly DeadlineRule<Row>[] Deadlines =
    [
        new("pre-release notice to the police", Basis, "the hub sends it then", r => r.FirstNotice),
        new("police acknowledgement of the pre-release notice", Basis, Breached, r => r.FirstNoticeAcknowledgement),
        new("pre-release reminder to the police", Basis, "the hub sends it then", r => r.Reminder),
        new("police acknowledgement of the reminder", Basis, Breached, r => r.ReminderAcknowledgement),
    ];

    /// <inheritdoc />
    public async Task<List<OpenDeadline>> Open(HubDbContext db, string? scheme, Guid? person, CancellationToken cancellationToken)
    {
        var rows = await db.ReleaseWarnings.AsNoTracking()
            .Where(w => w.ReleasedAt == null && (scheme == null || w.SchemeCode == scheme) && (person == null || w.PersonId == person))
            .Select(w => new Row(w.PrisonCode, w.ReleaseDate, w.SchemeName, w.PersonId,
                w.FirstNoticeId == null ? w.FirstNoticeDueAt : null,
                w.FirstNoticeAcknowledgedAt == null ? w.FirstNoticeAcknowledgeBy : null,
                w.ReminderId == null ? w.ReminderDueAt : null,
                w.ReminderAcknowledgedAt == null ? w.ReminderAcknowledgeBy : null))
            .ToListAsync(cancellationToken);
        return [.. rows.SelectMany(r =>
            DeadlineRule<Row>.Open(Deadlines, r, Saga, $"release from {r.PrisonCode} on {r.ReleaseDate:d MMM yyyy}", r.Scheme, r.PersonId))];
    }

    sealed record Row(string PrisonCode, DateOnly ReleaseDate, string Scheme, Guid PersonId, DateTimeOffset? FirstNotice,
        DateTimeOffset? FirstNoticeAcknowledgement, DateTimeOffset? Reminder, DateTimeOffset? ReminderAcknowledgement);
}
