using AgencyHub.Persistence;
using AgencyHub.Persistence.Release;
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

    /// <inheritdoc />
    public async Task<List<OpenDeadline>> Open(HubDbContext db, string? scheme, Guid? person, CancellationToken cancellationToken)
    {
        var warnings = await db.ReleaseWarnings.AsNoTracking()
            .Where(w => w.ReleasedAt == null && (scheme == null || w.SchemeCode == scheme) && (person == null || w.PersonId == person))
            .ToListAsync(cancellationToken);
        var open = new List<OpenDeadline>();
        foreach (var w in warnings)
        {
            if (w is { FirstNoticeDueAt: { } first, FirstNoticeId: null })
                open.Add(Of(w, "pre-release notice to the police", first, "the hub sends it then"));
            if (w is { FirstNoticeAcknowledgeBy: { } by, FirstNoticeAcknowledgedAt: null })
                open.Add(Of(w, "police acknowledgement of the pre-release notice", by, "deadline-breached to the police"));
            if (w is { ReminderDueAt: { } reminder, ReminderId: null })
                open.Add(Of(w, "pre-release reminder to the police", reminder, "the hub sends it then"));
            if (w is { ReminderAcknowledgeBy: { } reminderBy, ReminderAcknowledgedAt: null })
                open.Add(Of(w, "police acknowledgement of the reminder", reminderBy, "deadline-breached to the police"));
        }
        return open;
    }

    /// <inheritdoc />
    public async Task<List<DateTimeOffset>> DueTimes(HubDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.ReleaseWarnings.AsNoTracking().Where(w => w.ReleasedAt == null)
                .Select(w => new
                {
                    First = w.FirstNoticeId == null ? w.FirstNoticeDueAt : null,
                    FirstBy = w.FirstNoticeAcknowledgedAt == null ? w.FirstNoticeAcknowledgeBy : null,
                    Reminder = w.ReminderId == null ? w.ReminderDueAt : null,
                    ReminderBy = w.ReminderAcknowledgedAt == null ? w.ReminderAcknowledgeBy : null,
                })
                .ToListAsync(cancellationToken))
            .SelectMany(w => new[] { w.First, w.FirstBy, w.Reminder, w.ReminderBy })
            .OfType<DateTimeOffset>()];

    static OpenDeadline Of(ReleaseWarning w, string deadline, DateTimeOffset dueAt, string whenPassed) =>
        new(Saga, deadline, dueAt, Basis, whenPassed, $"release from {w.PrisonCode} on {w.ReleaseDate:d MMM yyyy}", w.SchemeName, w.PersonId);
}
