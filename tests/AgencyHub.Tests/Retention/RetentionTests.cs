using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Housekeeping;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Retention;

/// <summary>
/// Each kind of personal data goes when its retention passes (defaults: held deliveries 90 days, people never selected
/// a year, closed cases two years), each erasure audited by reference only; a current PPO's case stays.
/// </summary>
public sealed class RetentionTests
{
    [Fact]
    public async Task Held_deliveries_then_people_never_selected_then_closed_cases_are_erased_each_audited_and_a_current_case_stays()
    {
        await using var hub = await HubHarness.Start(now: Now);
        var (current, neverSelected, deselected) = (ByPnc(95), ByPnc(96), ByPnc(97));
        await hub.Post(Selected(current), Agency.Police);
        await hub.Post(Reception(neverSelected), Agency.Prison);
        await hub.Post(Selected(deselected), Agency.Police);
        await hub.Post(Deselected(deselected) with { DeselectedAt = Now }, Agency.Police);
        Assert.NotEmpty(await hub.Query(db => db.HeldDeliveries.ToListAsync()));

        Assert.Equal(0, await HousekeepingAfter(hub, TimeSpan.FromDays(89)));
        Assert.True(await HousekeepingAfter(hub, TimeSpan.FromDays(2)) > 0);
        Assert.Empty(await hub.Query(db => db.HeldDeliveries.ToListAsync()));
        Assert.Equal(3, await hub.Query(db => db.People.CountAsync()));

        await HousekeepingAfter(hub, TimeSpan.FromDays(365 - 91 + 1));
        Assert.Equal([Pnc(95), Pnc(97)], (await hub.Query(db => db.People.Select(p => p.PncId!).ToListAsync())).Order());

        await HousekeepingAfter(hub, TimeSpan.FromDays(730 - 366 + 1));
        var cases = await hub.Query(db => db.Cases.Select(c => c.PncId).ToListAsync());
        Assert.Equal([Pnc(95)], cases);
        Assert.Equal([Pnc(95)], await hub.Query(db => db.People.Select(p => p.PncId!).ToListAsync()));
        Assert.NotEmpty(await hub.Query(db => db.CaseTimeline.ToListAsync()));

        var erasures = await hub.Query(db => db.AuditEntries.Where(e => e.Action == AuditAction.Erased).ToListAsync());
        Assert.All(erasures, e => Assert.Equal((AuditCategory.Erasure, "hub"), (e.Category, e.Actor)));
        Assert.Contains(erasures, e => e.PersonReference == "pnc:" + Pnc(96) && e.Detail!.StartsWith("person never selected"));
        Assert.Contains(erasures, e => e.PersonReference == "pnc:" + Pnc(97) && e.Detail!.StartsWith("case of scheme CDRP-LEEDS, Deselected"));
        Assert.Contains(erasures, e => e.PersonReference == "pnc:" + Pnc(97) && e.Detail!.StartsWith("person never selected"));
        Assert.Contains(erasures, e => e.Detail!.StartsWith("held reception-into-custody from prison for probation"));
    }

    [Fact]
    public async Task A_person_received_into_custody_again_is_kept_from_then()
    {
        await using var hub = await HubHarness.Start(now: Now);
        await hub.Post(Reception(ByPnc(98)), Agency.Prison);

        await HousekeepingAfter(hub, TimeSpan.FromDays(300));
        await hub.Post(ReleasedAt(ByPnc(98), hub.Clock.GetUtcNow().AddDays(-1)), Agency.Prison);
        await hub.Post(Reception(ByPnc(98), prison: "WYI") with { ReceivedAt = hub.Clock.GetUtcNow() }, Agency.Prison);
        await HousekeepingAfter(hub, TimeSpan.FromDays(100));

        Assert.Equal(1, await hub.Query(db => db.People.CountAsync()));
    }

    // Moves the hub's clock on (no deadlines fire) and runs every housekeeping step once; returns the erasures audited.
    static async Task<int> HousekeepingAfter(HubHarness hub, TimeSpan time)
    {
        hub.Clock.Advance(time);
        var before = await Erasures(hub);
        foreach (var step in hub.Services.GetServices<IHousekeepingStep>()) await step.Run(CancellationToken.None);
        return await Erasures(hub) - before;
    }

    static Task<int> Erasures(HubHarness hub) => hub.Query(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Erased));
}
