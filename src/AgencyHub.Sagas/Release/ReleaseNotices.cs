using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Deadlines;
using AgencyHub.Contracts.Release;
using AgencyHub.Contracts.Selection;
using AgencyHub.Sagas.Sharing;
using AgencyHub.Persistence.Release;
using AgencyHub.Sagas.Deadlines;
using AgencyHub.Sagas.Cases;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Release;

/// <summary>
/// What a release warning tells the home police force, always through the delivery gate: the pre-release notices
/// (PPO Strategy Supplementary Annex 2004 §39; PPO Strategy Initial Guidance 2004, Annex E) and, when one goes
/// unacknowledged, the escalation to the scheme's PPO team.
/// </summary>
static class ReleaseNotices
{
    /// <summary>Issues the notice of <paramref name="kind"/> for the warning's release date and starts its acknowledgement clock.</summary>
    public static async Task Issue(BehaviorContext<ReleaseWarning> context, PreReleaseNoticeKind kind, Guid? cause = null)
    {
        var warning = context.Saga;
        var now = context.Now();
        var acknowledgeBy = context.Service<WorkingCalendar>()
            .AddWorkingDays(now, context.DeadlinesOf(warning.SchemeCode).AcknowledgementWorkingDays);
        var notice = new PreReleaseNotice
        {
            NoticeId = NewId.NextGuid(),
            Kind = kind,
            Offender = await CaseCompanions.OffenderOf(context, warning.PersonId),
            Scheme = SchemeOf(warning),
            PrisonCode = warning.PrisonCode,
            ReleaseDate = warning.ReleaseDate,
            AcknowledgeBy = acknowledgeBy,
            IssuedAt = now,
        };
        if (kind == PreReleaseNoticeKind.FirstNotice)
            (warning.FirstNoticeId, warning.FirstNoticeAcknowledgeBy) = (notice.NoticeId, acknowledgeBy);
        else
            (warning.ReminderId, warning.ReminderAcknowledgeBy) = (notice.NoticeId, acknowledgeBy);
        await context.Service<DeliveryGate>().Deliver(context, notice, Agency.Hub, Agency.Police, kind.ToString(), cause);
    }

    /// <summary>
    /// Tells the scheme's PPO team (police) that the notice of <paramref name="kind"/> was not acknowledged in time,
    /// and operators through the journal and the log.
    /// </summary>
    public static async Task Escalate(BehaviorContext<ReleaseWarning> context, PreReleaseNoticeKind kind)
    {
        var warning = context.Saga;
        var now = context.Now();
        var (noticeId, dueAt) = kind == PreReleaseNoticeKind.FirstNotice
            ? (warning.FirstNoticeId, warning.FirstNoticeAcknowledgeBy)
            : (warning.ReminderId, warning.ReminderAcknowledgeBy);
        if (kind == PreReleaseNoticeKind.FirstNotice) warning.FirstNoticeEscalatedAt = now;
        else warning.ReminderEscalatedAt = now;
        context.Service<ILogger<ReleaseWarning>>().LogWarning(
            "Pre-release notice {NoticeId} ({Kind}) of case {CaseId} was not acknowledged by {DueAt}: escalated to scheme {Scheme}",
            noticeId, kind, warning.CorrelationId, dueAt, warning.SchemeCode);
        await context.Service<DeliveryGate>().Deliver(context, new DeadlineBreached
        {
            Kind = DeadlineKind.PreReleaseAcknowledgement,
            Offender = await CaseCompanions.OffenderOf(context, warning.PersonId),
            Scheme = SchemeOf(warning),
            Responsible = Agency.Police,
            CorrelationId = noticeId ?? warning.CorrelationId,
            DueAt = dueAt ?? now,
            EscalatedAt = now,
        }, Agency.Hub, Agency.Police, kind.ToString());
    }

    static SchemeReference SchemeOf(ReleaseWarning warning) => new() { Code = warning.SchemeCode, Name = warning.SchemeName };
}
