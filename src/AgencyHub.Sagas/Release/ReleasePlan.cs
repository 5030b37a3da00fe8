using AgencyHub.Messaging.Time;
using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Outbox;
using AgencyHub.Persistence.Release;
using AgencyHub.Sagas.Cases;
using AgencyHub.Sagas.Deadlines;
using MassTransit;

namespace AgencyHub.Sagas.Release;

/// <summary>When a release date makes each notice due, for the case's scheme.</summary>
static class ReleasePlan
{
    /// <summary>
    /// The release the register expects for the case's person, if they are held and their prison has set a date: what a
    /// case opened in custody plans its notices for.
    /// </summary>
    public static async Task<ExpectedRelease?> OnRecord<T>(BehaviorContext<ReleaseWarning, CaseEvent<T>> context) where T : class =>
        await context.GetPayload<IHubTransaction>().Db.People.FindAsync([context.Message.PersonId], context.CancellationToken) is
            { PrisonCode: { } prison, ReleaseDate: { } date }
            ? new ExpectedRelease(date, prison)
            : null;

    /// <summary>
    /// Starts the warning afresh for <paramref name="release"/>: notices are due at the start of the day their lead
    /// time before release falls on, London time. A reminder whose day has already come is left out: the first
    /// notice, issued at once, says everything it would.
    /// </summary>
    public static async Task Start<T>(BehaviorContext<ReleaseWarning, CaseEvent<T>> context, ExpectedRelease release) where T : class
    {
        var (releaseDate, prisonCode) = release;
        var ppoCase = await CaseCompanions.CaseOf(context) ?? throw new InvalidOperationException($"Case {context.Message.CaseId} disappeared");
        var settings = context.DeadlinesOf(ppoCase.SchemeCode);
        var reminderDue = UkTime.StartOf(releaseDate.AddDays(-settings.ReminderDays));
        var warning = context.Saga;
        warning.PersonId = context.Message.PersonId;
        warning.SchemeCode = ppoCase.SchemeCode;
        warning.SchemeName = ppoCase.SchemeName;
        warning.PrisonCode = prisonCode;
        warning.ReleaseDate = releaseDate;
        warning.ReleasedAt = null;
        warning.FirstNoticeDueAt = UkTime.StartOf(releaseDate.AddDays(-settings.FirstNoticeDays));
        warning.ReminderDueAt = reminderDue > context.Now() ? reminderDue : null;
        (warning.FirstNoticeId, warning.FirstNoticeAcknowledgeBy, warning.FirstNoticeAcknowledgedAt, warning.FirstNoticeEscalatedAt) =
            (null, null, null, null);
        (warning.ReminderId, warning.ReminderAcknowledgeBy, warning.ReminderAcknowledgedAt, warning.ReminderEscalatedAt) =
            (null, null, null, null);
    }
}

/// <summary>A release the holding prison expects: on <paramref name="Date"/>, from <paramref name="PrisonCode"/>.</summary>
sealed record ExpectedRelease(DateOnly Date, string PrisonCode);
