using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Identity;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Dashboard;

/// <summary>
/// The dashboard in a real browser (Debian's chromium) against the listening all-in-one host, as staff use it: typing,
/// clicking, the live updates of the page's own script. Each test saves its screenshots (see <see cref="DashboardBrowser"/>).
/// </summary>
public sealed class DashboardInBrowserTests : IAsyncLifetime
{
    // The hub's clock at the messages' time: a needs assessment is due a day after the reception.
    readonly FakeTimeProvider _clock = new(Now);
    AllInOneClient _hub = null!;
    DashboardBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _hub = await AllInOneClient.Start(clock: _clock, listen: true);
        _browser = await DashboardBrowser.Launch();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _hub.DisposeAsync();
    }

    async Task<OffenderIdentity> ReceivedPpo(int serial)
    {
        var offender = new OffenderIdentity { PncId = Pnc(serial), PrisonNumber = $"B{serial % 10000:D4}CD" };
        await _hub.Post(Agency.Police, "ppo-selected", Selected(new OffenderIdentity { PncId = offender.PncId }));
        await _hub.Post(Agency.Prison, "reception-into-custody", Reception(offender));
        await _hub.WaitForItem(Agency.Prison, "ppo-reception-alert", payload => (string?)payload["offender"]!["pncId"] == offender.PncId);
        return offender;
    }

    [Fact]
    public async Task Staff_search_by_prison_number_and_follow_the_result_to_the_journey()
    {
        var offender = await ReceivedPpo(601);
        var page = await _browser.SignedIn(_hub, StaffRole.ReadOnly, "/cases");

        await page.GetByLabel("Identifier").FillAsync(offender.PrisonNumber!.ToLowerInvariant());
        await page.Keyboard.PressAsync("Enter");
        var result = page.GetByRole(AriaRole.Row).Filter(new() { HasText = offender.PncId });
        await result.WaitForAsync();
        await DashboardBrowser.Screenshot(page, "search");
        await result.GetByRole(AriaRole.Link, new() { Name = "Journey" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Open deadlines" }).WaitForAsync();
        await DashboardBrowser.Screenshot(page, "journey");

        var text = await page.Locator("main").InnerTextAsync();
        Assert.Contains("In custody at LEI since 23 Nov 2026 09:30:00 GMT", text);
        Assert.Contains("ppo-selected", text);
        Assert.Contains("ppo-reception-alert", text);
        Assert.Equal(1, await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "needs assessment" }).CountAsync());
    }

    [Fact]
    public async Task The_deadline_board_marks_a_needs_assessment_passed_at_its_next_live_update_once_the_hub_s_clock_passes_it()
    {
        var offender = await ReceivedPpo(602);
        _clock.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(55));
        var page = await _browser.SignedIn(_hub, StaffRole.ReadOnly, "/deadlines");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = offender.PncId }).Filter(new() { HasText = "needs assessment" });
        Assert.Contains("in 5 min", await row.InnerTextAsync());
        await DashboardBrowser.Screenshot(page, "deadlines-before");

        _clock.Advance(TimeSpan.FromMinutes(10));
        // No reload: the page's script fetches the board again every few seconds.
        await page.Locator("tr.breached").Filter(new() { HasText = offender.PncId }).WaitForAsync();
        await DashboardBrowser.Screenshot(page, "deadlines-after");

        Assert.Contains("passed 5 min ago", await row.InnerTextAsync());
        Assert.Equal(offender.PncId, await page.Locator("tbody tr").First.Locator("td").Nth(4).InnerTextAsync());
        Assert.Contains("1 passed", await page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task An_operator_replays_a_failed_message_and_releases_a_held_delivery_each_with_a_reason_recorded()
    {
        var failure = await _hub.StoreFailedMessage();
        // The YOT's copy of a selection is held: the agreement shares with it only about someone under 18.
        await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(603)));
        await Poll.Until(async () => await _hub.Query(db => db.HeldDeliveries.AnyAsync()), () => "a held delivery");
        var held = await _hub.Query(db => db.HeldDeliveries.Select(h => h.DeliveryId).SingleAsync());
        var page = await _browser.SignedIn(_hub, StaffRole.Operator, "/failed");

        await page.Locator($"#justification-replay-{failure}").FillAsync("database back after the outage");
        await page.Locator($"#justification-replay-{failure}").PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        await DashboardBrowser.Screenshot(page, "replayed");
        await page.GotoAsync("/held");
        await page.Locator($"#justification-release-{held}").FillAsync("date of birth confirmed by phone");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = Pnc(603) }).GetByRole(AriaRole.Button, new() { Name = "Release" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Release requested" }).WaitForAsync();
        await DashboardBrowser.Screenshot(page, "released");

        await Poll.Until(async () => await _hub.Query(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.DeliveryReleased && e.MessageId == held)),
            () => "the release to be recorded");
        var acts = await _hub.Query(db => db.AuditEntries.Where(e => e.Action == AuditAction.DeliveryReleased || e.Action == AuditAction.FailedMessageReplayed)
            .Select(e => e.Justification).ToListAsync());
        Assert.Equal(["database back after the outage", "date of birth confirmed by phone"], acts.Order());
    }

    [Fact]
    public async Task Read_only_staff_see_no_buttons_and_a_forged_release_is_refused()
    {
        await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(604)));
        await Poll.Until(async () => await _hub.Query(db => db.HeldDeliveries.AnyAsync()), () => "a held delivery");
        var held = await _hub.Query(db => db.HeldDeliveries.Select(h => h.DeliveryId).SingleAsync());
        var page = await _browser.SignedIn(_hub, StaffRole.ReadOnly, "/held");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = Pnc(604) }).WaitForAsync();

        var buttons = await page.Locator("main").GetByRole(AriaRole.Button).CountAsync();
        // The form an operator would see, made in the page with the session's own antiforgery token (from the sign-out form).
        await page.EvaluateAsync("""
            id => {
              const form = document.createElement('form');
              form.method = 'post';
              form.action = `/held/${id}/release`;
              form.innerHTML = '<input name="justification" value="let me">';
              form.append(document.querySelector('input[name=__RequestVerificationToken]').cloneNode());
              document.body.append(form);
              form.submit();
            }
            """, held.ToString());
        // Once the answer arrives: the page's load event (its stylesheet and script) can be slow on a busy machine.
        await page.WaitForURLAsync("**/denied**", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByRole(AriaRole.Heading, new() { Name = "Not for your role" }).WaitForAsync();
        await DashboardBrowser.Screenshot(page, "read-only-refused");

        Assert.Equal(0, buttons);
        Assert.Contains("/denied", page.Url);
        Assert.False(await _hub.Query(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.DeliveryReleased)));
    }

    [Fact]
    public async Task The_figures_downloaded_as_csv_match_the_page_and_the_cases()
    {
        foreach (var serial in new[] { 605, 606 }) await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(serial)));
        await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(607), Bradford));
        await Poll.Until(async () => await _hub.Query(db => db.Cases.CountAsync()) == 3, () => "three PPO cases");
        await _hub.Post(Agency.Prison, "reception-into-custody", Reception(ByPnc(605)));
        await Poll.Until(async () => await _hub.Query(db => db.CaseTimeline.AnyAsync(e => e.MessageType == "reception-into-custody")), () => "the reception");
        var page = await _browser.SignedIn(_hub, StaffRole.ReadOnly, "/figures");
        await DashboardBrowser.Screenshot(page, "figures");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" }).ClickAsync());
        var csv = (await File.ReadAllTextAsync((await download.PathAsync())!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var leedsOnPage = await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Leeds PPO scheme" }).Locator("td").AllInnerTextsAsync();
        var leedsCases = await _hub.Query(db => db.Cases.CountAsync(c => c.SchemeCode == "CDRP-LEEDS"));

        Assert.Equal("scheme-figures.csv", download.SuggestedFilename);
        Assert.Equal(["CDRP-BRADFORD,Bradford PPO scheme,1,0,0,0,0,1,0,0,0,0,0,0", "CDRP-LEEDS,Leeds PPO scheme,2,1,0,0,0,1,0,1,0,0,0,0"], csv.Skip(1));
        Assert.Equal(csv[2].Split(',').Skip(2), leedsOnPage);
        Assert.Equal(leedsCases.ToString(), leedsOnPage[0]);
    }
}
