using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Deadlines;
using AgencyHub.Contracts.Release;
using AgencyHub.Persistence.Release;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Deadlines;

/// <summary>Pre-release notices to the home police force (PPO Strategy Supplementary Annex 2004 §39; docs/domain.md,
/// "Release warning"), on a test clock.</summary>
public class ReleaseWarningTests
{
    static readonly DateOnly February15 = new(2027, 2, 15);

    static async Task<HubHarness> PpoInCustody(int serial, DateTimeOffset? now = null, IDictionary<string, string?>? settings = null)
    {
        var hub = await HubHarness.Start(settings, now ?? Now);
        await hub.Post(Selected(ByPnc(serial)), Agency.Police);
        await hub.Post(Reception(ByPnc(serial)), Agency.Prison);
        return hub;
    }

    static Task<ReleaseWarning?> Warning(HubHarness hub) => hub.Query(db => db.ReleaseWarnings.AsNoTracking().SingleOrDefaultAsync());

    static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant);

    // The reception in these tests is long past its needs assessment, so the police also hear of that breach.
    static async Task<DeadlineBreached[]> Unacknowledged(HubHarness hub) =>
        [.. (await hub.Received<DeadlineBreached>(Agency.Police)).Where(b => b.Kind == DeadlineKind.PreReleaseAcknowledgement)];

    [Fact]
    public async Task The_police_get_a_first_notice_28_days_before_and_a_reminder_7_days_before_and_an_unacknowledged_one_escalates()
    {
        await using var hub = await PpoInCustody(1);
        await hub.Post(ReleaseDate(ByPnc(1), February15), Agency.Prison);

        var planned = await Warning(hub);
        Assert.Equal((At("2027-01-18T00:00Z"), At("2027-02-08T00:00Z")), (planned!.FirstNoticeDueAt, planned.ReminderDueAt));
        await hub.AdvanceTo(At("2027-01-17T23:00Z"));
        Assert.Empty(await hub.Received<PreReleaseNotice>(Agency.Police));

        await hub.AdvanceTo(At("2027-01-18T01:00Z"));
        var first = Assert.Single(await hub.Received<PreReleaseNotice>(Agency.Police));
        Assert.Equal((PreReleaseNoticeKind.FirstNotice, February15, "LEI", Leeds), (first.Kind, first.ReleaseDate, first.PrisonCode, first.Scheme));
        Assert.Equal(Pnc(1), first.Offender.PncId);
        Assert.Equal(At("2027-01-20T01:00Z"), first.AcknowledgeBy);
        await hub.Post(Acknowledgement(first.NoticeId, At("2027-01-19T09:00Z")), Agency.Police);

        await hub.AdvanceTo(At("2027-02-08T01:00Z"));
        var reminder = (await hub.Received<PreReleaseNotice>(Agency.Police)).Last();
        Assert.Equal((PreReleaseNoticeKind.Reminder, February15), (reminder.Kind, reminder.ReleaseDate));
        Assert.Empty(await Unacknowledged(hub));

        await hub.AdvanceTo(At("2027-02-10T02:00Z"));
        var breach = Assert.Single(await Unacknowledged(hub));
        Assert.Equal((DeadlineKind.PreReleaseAcknowledgement, Agency.Police, reminder.NoticeId, reminder.AcknowledgeBy),
            (breach.Kind, breach.Responsible, breach.CorrelationId, breach.DueAt));
        var warning = await Warning(hub);
        Assert.Equal(At("2027-01-19T09:00Z"), warning!.FirstNoticeAcknowledgedAt);
        Assert.Null(warning.FirstNoticeEscalatedAt);
        Assert.Equal(At("2027-02-10T02:00Z"), warning.ReminderEscalatedAt);
    }

    [Fact]
    public async Task With_less_than_28_days_left_the_notice_goes_at_once_and_its_two_working_days_skip_christmas()
    {
        var christmasEve = At("2026-12-24T10:00Z");
        await using var hub = await PpoInCustody(2, christmasEve);
        await hub.Post(ReleaseDate(ByPnc(2), new DateOnly(2027, 1, 10), christmasEve), Agency.Prison);

        var notice = Assert.Single(await hub.Received<PreReleaseNotice>(Agency.Police));
        Assert.Equal(PreReleaseNoticeKind.FirstNotice, notice.Kind);
        // Friday 25th and Monday 28th (Boxing Day's substitute) are bank holidays: Tuesday 29th and Wednesday 30th count.
        Assert.Equal(At("2026-12-30T10:00Z"), notice.AcknowledgeBy);
        await hub.AdvanceTo(At("2026-12-30T09:00Z"));
        Assert.Empty(await Unacknowledged(hub));
        await hub.AdvanceTo(At("2026-12-30T11:00Z"));
        Assert.Equal(notice.NoticeId, Assert.Single(await Unacknowledged(hub)).CorrelationId);
    }

    [Fact]
    public async Task A_changed_release_date_reschedules_every_notice_and_one_now_inside_28_days_is_notified_at_once()
    {
        await using var hub = await PpoInCustody(3);
        await hub.Post(ReleaseDate(ByPnc(3), new DateOnly(2027, 3, 1)), Agency.Prison);
        await hub.Post(ReleaseDateMoved(ByPnc(3), new DateOnly(2027, 3, 1), new DateOnly(2027, 2, 1), Now), Agency.Prison);

        await hub.AdvanceTo(At("2027-01-04T01:00Z"));
        var first = Assert.Single(await hub.Received<PreReleaseNotice>(Agency.Police));
        Assert.Equal(new DateOnly(2027, 2, 1), first.ReleaseDate);
        await hub.Post(Acknowledgement(first.NoticeId, At("2027-01-04T09:00Z")), Agency.Police);

        // Brought forward to the 20th: a new first notice at once, and the reminder moves to the 13th.
        await hub.AdvanceTo(At("2027-01-04T12:00Z"));
        await hub.Post(ReleaseDateMoved(ByPnc(3), new DateOnly(2027, 2, 1), new DateOnly(2027, 1, 20), At("2027-01-04T12:00Z")), Agency.Prison);
        Assert.Equal(At("2027-01-13T00:00Z"), (await Warning(hub))!.ReminderDueAt);
        await hub.AdvanceTo(At("2027-01-13T00:30Z"));
        Assert.Equal(At("2027-01-13T00:30Z"), (await hub.Received<PreReleaseNotice>(Agency.Police)).Last().IssuedAt);
        await hub.AdvanceTo(At("2027-02-02T00:00Z"));
        var notices = await hub.Received<PreReleaseNotice>(Agency.Police);
        Assert.Equal([(PreReleaseNoticeKind.FirstNotice, new DateOnly(2027, 2, 1)), (PreReleaseNoticeKind.FirstNotice, new DateOnly(2027, 1, 20)),
            (PreReleaseNoticeKind.Reminder, new DateOnly(2027, 1, 20))], notices.Select(n => (n.Kind, n.ReleaseDate)).ToArray());
        Assert.Equal(At("2027-01-04T12:00Z"), notices[1].IssuedAt);
    }

    [Fact]
    public async Task An_early_release_closes_the_warning_and_goes_to_police_probation_and_the_cjit()
    {
        await using var hub = await PpoInCustody(4);
        await hub.Post(ReleaseDate(ByPnc(4), February15), Agency.Prison);
        await hub.Post(ReleasedAt(ByPnc(4), At("2026-12-01T10:00Z")), Agency.Prison);

        await hub.AdvanceTo(At("2027-02-16T00:00Z"));
        Assert.Empty(await hub.Received<PreReleaseNotice>(Agency.Police));
        var warning = await Warning(hub);
        Assert.Equal(("Closed", At("2026-12-01T10:00Z")), (warning!.CurrentState, warning.ReleasedAt));
        foreach (var agency in new[] { Agency.Police, Agency.Probation, Agency.Cjit })
            Assert.Single(await hub.Payloads<OffenderReleased>(agency));
        // Not known to be a juvenile: nothing for the YOT.
        Assert.Empty(await hub.Payloads<OffenderReleased>(Agency.Yot));
    }

    [Fact]
    public async Task A_release_date_for_someone_who_is_not_a_ppo_leaves_no_warning()
    {
        await using var hub = await HubHarness.Start(now: Now);
        await hub.Post(Reception(ByPnc(5)), Agency.Prison);
        await hub.Post(ReleaseDate(ByPnc(5), February15), Agency.Prison);

        Assert.Null(await Warning(hub));
        await hub.AdvanceTo(At("2027-02-16T00:00Z"));
        Assert.Empty(await hub.Received<PreReleaseNotice>(Agency.Police));
    }

    [Fact]
    public async Task A_person_selected_in_custody_with_a_release_date_on_record_gets_their_notices()
    {
        await using var hub = await HubHarness.Start(now: Now);
        await hub.Post(Reception(ByPnc(6)), Agency.Prison);
        await hub.Post(ReleaseDate(ByPnc(6), February15), Agency.Prison);
        await hub.Post(Selected(ByPnc(6)), Agency.Police);

        await hub.AdvanceTo(At("2027-01-18T01:00Z"));
        Assert.Equal(February15, Assert.Single(await hub.Received<PreReleaseNotice>(Agency.Police)).ReleaseDate);
    }

    [Fact]
    public async Task De_selection_stops_the_notices()
    {
        await using var hub = await PpoInCustody(7);
        await hub.Post(ReleaseDate(ByPnc(7), February15), Agency.Prison);
        await hub.Post(Deselected(ByPnc(7)), Agency.Police);

        await hub.AdvanceTo(At("2027-02-16T00:00Z"));
        Assert.Empty(await hub.Received<PreReleaseNotice>(Agency.Police));
        Assert.Equal("Closed", (await Warning(hub))!.CurrentState);
    }

    [Fact]
    public async Task Lead_times_are_the_schemes_own()
    {
        await using var hub = await PpoInCustody(8, settings: new Dictionary<string, string?>
        {
            ["Deadlines:Schemes:CDRP-LEEDS:FirstNoticeDays"] = "35",
            ["Deadlines:Schemes:CDRP-LEEDS:ReminderDays"] = "10",
        });
        await hub.Post(ReleaseDate(ByPnc(8), February15), Agency.Prison);

        var warning = await Warning(hub);
        Assert.Equal((At("2027-01-11T00:00Z"), At("2027-02-05T00:00Z")), (warning!.FirstNoticeDueAt, warning.ReminderDueAt));
    }

    [Fact]
    public async Task An_acknowledgement_of_an_unknown_notice_is_reported_and_changes_nothing()
    {
        await using var hub = await PpoInCustody(9);
        var id = await hub.Post(Acknowledgement(Guid.NewGuid(), Now), Agency.Police);

        Assert.Contains(hub.Journal.Recent(100), e => e.MessageId == id && e.Kind == Messaging.Journal.JournalEntryKind.Unmatched);
    }
}
