using System.Net;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Dashboard;

/// <summary>The scheme figures count what the register and the cases hold, on the page and in the CSV alike.</summary>
public sealed class SchemeFiguresTests : IAsyncLifetime
{
    // The hub's clock at the messages' time, so no needs assessment (due a day after reception) passes meanwhile.
    readonly FakeTimeProvider _clock = new(Now);
    AllInOneClient _hub = null!;

    public async Task InitializeAsync() => _hub = await AllInOneClient.Start(clock: _clock);

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Each_scheme_s_balance_of_custody_and_community_its_receptions_releases_and_deadlines_met_match_the_data()
    {
        foreach (var serial in new[] { 501, 502, 503 }) await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(serial)));
        await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(504), Bradford));
        await Poll.Until(async () => await _hub.Query(db => db.Cases.CountAsync()) == 4, () => "four PPO cases");
        foreach (var serial in new[] { 501, 502, 504 }) await _hub.Post(Agency.Prison, "reception-into-custody", Reception(ByPnc(serial)));
        _clock.Advance(TimeSpan.FromHours(2));
        await _hub.Post(Agency.Prison, "offender-released", ReleasedAt(ByPnc(502), Now.AddHours(1)));
        await _hub.Post(Agency.Prison, "needs-assessment-completed", Assessed(ByPnc(501), Now.AddHours(1)));
        await Poll.Until(async () => await _hub.Query(db => db.CaseTimeline.CountAsync(e => e.MessageType == "offender-released")) == 1
            && await _hub.Query(db => db.CaseTimeline.CountAsync(e => e.MessageType == "reception-into-custody")) == 3
            && await _hub.Query(db => db.Cases.AnyAsync(c => c.NeedsAssessedAt != null)), () => "the custody events and the needs assessment");
        var session = await _hub.Staff(StaffRole.ReadOnly);

        var page = await session.Http.GetStringAsync("/figures");
        using var csv = await session.Http.GetAsync("/figures?format=csv");
        using var bad = await session.Http.GetAsync("/figures?format=xml");
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        // PPOs, in custody, recall outstanding, on licence, in the community, at large, de-selected, receptions, releases,
        // recalls, deadlines met, breached.
        Assert.Contains("<th scope=\"row\">Leeds PPO scheme</th><td>3</td><td>1</td><td>0</td><td>1</td><td>0</td><td>1</td><td>0</td><td>2</td><td>1</td>", page);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Scheme code,Scheme,PPOs,In custody,", lines[0]);
        Assert.Equal("CDRP-BRADFORD,Bradford PPO scheme,1,1,0,0,0,0,0,1,0,0,0,0\nCDRP-LEEDS,Leeds PPO scheme,3,1,0,1,0,1,0,2,1,0,1,0",
            string.Join("\n", lines.Skip(1)));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
