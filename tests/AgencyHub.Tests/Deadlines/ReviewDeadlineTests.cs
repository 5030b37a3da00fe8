using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Release;
using AgencyHub.Contracts.Selection;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Deadlines;

/// <summary>The review deadlines of dynamic selection
/// (Offender Management Update 2009 §5.2, criteria 1, 3 and 5).</summary>
public class ReviewDeadlineTests
{
    static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant);

    static async Task<PpoReviewDue[]> Reviews(HubHarness hub, ReviewReason reason) =>
        [.. (await hub.Received<PpoReviewDue>(Agency.Police)).Where(r => r.Reason == reason)];

    // Received, de-selected for a long custodial sentence (criterion 3), and due out on 30 June 2029.
    static async Task<HubHarness> DeselectedForALongSentence(int serial)
    {
        var hub = await HubHarness.Start(now: Now);
        await hub.Post(Selected(ByPnc(serial)), Agency.Police);
        await hub.Post(Reception(ByPnc(serial)), Agency.Prison);
        await hub.Post(Deselected(ByPnc(serial)), Agency.Police);
        await hub.Post(ReleaseDate(ByPnc(serial), new DateOnly(2029, 6, 30)), Agency.Prison);
        return hub;
    }

    [Fact]
    public async Task Six_months_without_an_arrest_or_intelligence_make_a_review_due_and_each_restarts_the_clock()
    {
        await using var hub = await HubHarness.Start(now: Now);
        var selected = Selected(ByPnc(1));
        await hub.Post(selected, Agency.Police);
        Assert.Equal(selected.SelectedAt.AddMonths(6), (await hub.Query(db => db.Cases.AsNoTracking().SingleAsync())).InactivityReviewDueAt);

        await hub.AdvanceTo(At("2027-02-01T10:00Z"));
        await hub.Post(Arrested(ByPnc(1), At("2027-02-01T10:00Z")), Agency.Police);
        await hub.AdvanceTo(At("2027-04-01T10:00Z"));
        await hub.Post(Intelligence(ByPnc(1), At("2027-04-01T10:00Z")), Agency.Police);
        // An old arrest, reported late, does not move the clock back.
        await hub.Post(Arrested(ByPnc(1), At("2027-03-01T10:00Z")), Agency.Police);

        await hub.AdvanceTo(At("2027-09-30T10:00Z"));
        Assert.Empty(await Reviews(hub, ReviewReason.NoActivityForSixMonths));
        await hub.AdvanceTo(At("2027-10-01T11:00Z"));
        var review = Assert.Single(await Reviews(hub, ReviewReason.NoActivityForSixMonths));
        Assert.Equal((At("2027-04-01T10:00Z"), At("2027-10-01T10:00Z"), Leeds), (review.MeasuredFrom, review.DueAt, review.Scheme));
    }

    [Fact]
    public async Task Two_years_on_the_list_make_a_review_due()
    {
        await using var hub = await HubHarness.Start(now: Now);
        var selected = Selected(ByPnc(2));
        await hub.Post(selected, Agency.Police);

        await hub.AdvanceTo(selected.SelectedAt.AddMonths(24).AddHours(-1));
        Assert.Empty(await Reviews(hub, ReviewReason.TwoYearsOnList));
        await hub.AdvanceTo(selected.SelectedAt.AddMonths(24).AddHours(1));
        Assert.Equal(selected.SelectedAt, Assert.Single(await Reviews(hub, ReviewReason.TwoYearsOnList)).MeasuredFrom);
        Assert.Equal(nameof(ReviewReason.TwoYearsOnList), (await hub.Query(db => db.Cases.AsNoTracking().SingleAsync())).LastReviewReason);
    }

    [Fact]
    public async Task A_ppo_deselected_for_a_long_sentence_is_due_for_reselection_review_three_months_before_release()
    {
        await using var hub = await DeselectedForALongSentence(3);

        // Midnight in London on 30 March 2029 is 23:00 UTC the day before (BST).
        Assert.Equal(At("2029-03-29T23:00Z"), (await hub.Query(db => db.Cases.AsNoTracking().SingleAsync())).ReselectionReviewDueAt);
        await hub.AdvanceTo(At("2029-03-29T22:00Z"));
        Assert.Empty(await Reviews(hub, ReviewReason.ReleaseAfterLongSentence));
        await hub.AdvanceTo(At("2029-03-30T01:00Z"));
        var review = Assert.Single(await Reviews(hub, ReviewReason.ReleaseAfterLongSentence));
        Assert.Equal(At("2029-06-29T23:00Z"), review.MeasuredFrom);
        // De-selected: no pre-release notices and no de-selection reviews any more.
        await hub.AdvanceTo(At("2029-07-01T00:00Z"));
        Assert.Empty(await hub.Received<PreReleaseNotice>(Agency.Police));
        Assert.Empty(await Reviews(hub, ReviewReason.NoActivityForSixMonths));
    }

    [Fact]
    public async Task A_long_sentence_prisoner_released_before_the_review_fell_due_is_due_for_it_at_release()
    {
        await using var hub = await DeselectedForALongSentence(4);
        await hub.Post(ReleasedAt(ByPnc(4), At("2027-01-10T10:00Z")), Agency.Prison);

        Assert.Single(await Reviews(hub, ReviewReason.ReleaseAfterLongSentence));
        await hub.AdvanceTo(At("2029-07-01T00:00Z"));
        Assert.Single(await Reviews(hub, ReviewReason.ReleaseAfterLongSentence));
    }
}
