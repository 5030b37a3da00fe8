using System.Net;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Identity;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Dashboard;

/// <summary>An operator finds a PPO by any identifier and sees their whole journey on one page.</summary>
public sealed class JourneyPageTests : IAsyncLifetime
{
    AllInOneClient _hub = null!;

    public async Task InitializeAsync() => _hub = await AllInOneClient.Start();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    // A PPO of Leeds, received into LEI: the prison's alert is on its feed once the journey is done.
    async Task<OffenderIdentity> ReceivedPpo(int serial, string reason = "Burglary dwelling, 14 offences in 12 months")
    {
        var offender = new OffenderIdentity { PncId = Pnc(serial), PrisonNumber = $"A{serial % 10000:D4}BC" };
        await _hub.Post(Agency.Police, "ppo-selected", Selected(new OffenderIdentity { PncId = offender.PncId }) with { SelectionReason = reason });
        await _hub.Post(Agency.Prison, "reception-into-custody", Reception(offender));
        await _hub.WaitForItem(Agency.Prison, "ppo-reception-alert", payload => (string?)payload["offender"]!["pncId"] == offender.PncId);
        return offender;
    }

    async Task<string> JourneyOf(DashboardSession session, string identifier)
    {
        var found = await session.Http.GetStringAsync($"/cases?q={Uri.EscapeDataString(identifier)}");
        var link = System.Text.RegularExpressions.Regex.Match(found, "href=\"(/people/[0-9a-f-]+)\"");
        Assert.True(link.Success, $"no journey link for {identifier}");
        return link.Groups[1].Value;
    }

    [Fact]
    public async Task Search_by_prison_number_finds_the_ppo_and_the_journey_shows_where_they_are_every_message_and_who_received_what()
    {
        var offender = await ReceivedPpo(101);
        var session = await _hub.Staff(StaffRole.Operator);

        var found = await session.Http.GetStringAsync($"/cases?q={offender.PrisonNumber!.ToLowerInvariant()}");
        var journey = await session.Http.GetStringAsync(await JourneyOf(session, offender.PrisonNumber));

        Assert.Contains("Leeds", found);
        Assert.Contains("InCustody", found);
        Assert.Contains("In custody at LEI since", journey);
        Assert.Matches(@"<time datetime=""[0-9T:-]+Z"">\d{1,2} \w{3} \d{4} \d{2}:\d{2}:\d{2} (GMT|BST)</time>", journey);
        Assert.Contains("<td>police</td><td>ppo-selected</td>", journey);
        Assert.Contains("<td>prison</td><td>reception-into-custody</td>", journey);
        Assert.Contains("<td>prison</td><td>ppo-reception-alert</td><td>ppo-custody-alert</td>", journey);
    }

    [Fact]
    public async Task Text_that_looks_like_html_is_shown_escaped()
    {
        const string reason = "Siân O'Brien-Llŷr said '; DROP TABLE people; -- <script>alert('x')</script>";
        var offender = await ReceivedPpo(102, reason);
        var session = await _hub.Staff(StaffRole.ReadOnly);

        var journey = await session.Http.GetStringAsync(await JourneyOf(session, offender.PncId!));

        Assert.DoesNotContain("<script>alert", journey);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", journey);
        Assert.Contains(reason, WebUtility.HtmlDecode(journey));
    }

    [Fact]
    public async Task Looking_at_a_journey_is_recorded_once_however_often_the_live_page_updates()
    {
        var offender = await ReceivedPpo(103);
        var session = await _hub.Staff(StaffRole.Operator);
        var journey = await JourneyOf(session, offender.PncId!);

        await session.Http.GetStringAsync(journey);
        using var update = await session.Fragment(journey);
        var fragment = await update.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.StartsWith("<h1>Journey of", fragment);
        Assert.DoesNotContain("<html", fragment);
        var looks = await _hub.Query(db => db.AuditEntries.Where(e => e.Action == AuditAction.JourneyViewed).ToListAsync());
        var look = Assert.Single(looks);
        Assert.Equal(("hub", $"pnc:{offender.PncId}", AuditCategory.Consultation), (look.Agency, look.PersonReference, look.Category));
        Assert.Equal(AgencyHub.Adapters.Common.Credentials.DevelopmentKeys.Holder, look.Actor);
    }

    [Fact]
    public async Task A_search_that_is_no_identifier_is_400_naming_q_and_one_nobody_has_finds_no_one()
    {
        var session = await _hub.Staff(StaffRole.ReadOnly);

        using var bad = await session.Http.GetAsync("/cases?q=not-an-id");
        using var badDate = await session.Http.GetAsync($"/cases?q={Uri.EscapeDataString(Pnc(104))}&dob=31/12/1990");
        var none = await session.Http.GetStringAsync($"/cases?q={Uri.EscapeDataString(Pnc(105))}");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (bad.StatusCode, badDate.StatusCode));
        Assert.Contains("q: not a PNC ID", await bad.Content.ReadAsStringAsync());
        Assert.Contains("dob: a date of birth is written yyyy-mm-dd", await badDate.Content.ReadAsStringAsync());
        Assert.Contains("No one in the register has that identifier.", none);
    }

    [Fact]
    public async Task A_person_the_register_does_not_hold_is_404()
    {
        var session = await _hub.Staff(StaffRole.Operator);

        using var response = await session.Http.GetAsync($"/people/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Recent_messages_list_an_accepted_message_by_its_id()
    {
        var id = Guid.NewGuid();
        await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(106)), id);
        var session = await _hub.Staff(StaffRole.ReadOnly);

        Assert.Contains(id.ToString(), await session.Http.GetStringAsync("/messages"));
    }
}
