using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Deadlines;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Deadlines;

/// <summary>A needs assessment within 24 hours of a PPO's arrival in custody
/// (Offender Management Update 2009, Paper 2).</summary>
public class NeedsAssessmentDeadlineTests
{
    static async Task<HubHarness> PpoReceived(int serial)
    {
        var hub = await HubHarness.Start(now: Now);
        await hub.Post(Selected(ByPnc(serial)), Agency.Police);
        await hub.Post(Reception(ByPnc(serial)), Agency.Prison);
        return hub;
    }

    static async Task<DeadlineBreached[]> Breaches(HubHarness hub, Agency agency) =>
        [.. (await hub.Received<DeadlineBreached>(agency)).Where(b => b.Kind == DeadlineKind.NeedsAssessment)];

    [Fact]
    public async Task An_assessment_not_reported_within_24_hours_is_escalated_to_the_prison_and_the_police()
    {
        await using var hub = await PpoReceived(1);
        await hub.Advance(TimeSpan.FromHours(23));
        Assert.Empty(await Breaches(hub, Agency.Prison));

        await hub.Advance(TimeSpan.FromHours(2));
        var breach = Assert.Single(await Breaches(hub, Agency.Prison));
        Assert.Equal((Agency.Prison, Now.AddHours(24)), (breach.Responsible, breach.DueAt));
        Assert.Single(await Breaches(hub, Agency.Police));
        var ppoCase = await hub.Query(db => db.Cases.AsNoTracking().SingleAsync());
        Assert.Equal((Now.AddHours(24), Now.AddHours(25)), (ppoCase.NeedsAssessmentDueAt, ppoCase.NeedsAssessmentEscalatedAt));
        var last = await hub.Query(db => db.CaseTimeline.OrderBy(e => e.Sequence).LastAsync());
        Assert.Equal(("deadline-breached", "hub"), (last.MessageType, last.Sender));
    }

    [Fact]
    public async Task An_assessment_reported_in_time_stops_the_deadline()
    {
        await using var hub = await PpoReceived(2);
        await hub.Advance(TimeSpan.FromHours(20));
        await hub.Post(Assessed(ByPnc(2), Now.AddHours(20)), Agency.Prison);
        await hub.Advance(TimeSpan.FromDays(2));

        Assert.Empty(await Breaches(hub, Agency.Prison));
        Assert.Equal(Now.AddHours(20), (await hub.Query(db => db.Cases.AsNoTracking().SingleAsync())).NeedsAssessedAt);
    }

    [Fact]
    public async Task A_release_before_the_deadline_stops_it()
    {
        await using var hub = await PpoReceived(3);
        await hub.Post(ReleasedAt(ByPnc(3), Now.AddHours(5)), Agency.Prison);
        await hub.Advance(TimeSpan.FromDays(2));

        Assert.Empty(await Breaches(hub, Agency.Prison));
    }

    [Fact]
    public async Task A_reception_reported_after_its_deadline_escalates_at_once()
    {
        await using var hub = await HubHarness.Start(now: Now.AddDays(3));
        await hub.Post(Selected(ByPnc(4)), Agency.Police);
        await hub.Post(Reception(ByPnc(4)), Agency.Prison);

        Assert.Single(await Breaches(hub, Agency.Prison));
    }

    [Fact]
    public async Task Someone_selected_within_24_hours_of_arrival_is_due_an_assessment_and_one_arrived_long_before_is_not()
    {
        await using var hub = await HubHarness.Start(now: Now.AddHours(2));
        await hub.Post(Reception(ByPnc(5)), Agency.Prison);
        await hub.Post(Reception(ByPnc(6)), Agency.Prison);
        await hub.Post(Selected(ByPnc(5)), Agency.Police);
        await hub.Advance(TimeSpan.FromDays(3));
        await hub.Post(Selected(ByPnc(6)), Agency.Police);
        await hub.Advance(TimeSpan.FromDays(3));

        var breach = Assert.Single(await Breaches(hub, Agency.Prison));
        Assert.Equal((Pnc(5), Now.AddHours(24)), (breach.Offender.PncId, breach.DueAt));
    }
}
