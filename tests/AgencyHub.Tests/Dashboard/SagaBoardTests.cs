using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Dashboard;

/// <summary>The saga board counts every saga's instances per state, per scheme when asked, and lists them.</summary>
public sealed class SagaBoardTests : IAsyncLifetime
{
    AllInOneClient _hub = null!;

    public async Task InitializeAsync() => _hub = await AllInOneClient.Start();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Cases_are_counted_per_state_and_scheme_and_a_count_lists_them_with_their_journeys()
    {
        await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(201)));
        await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(202)));
        await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(203), Bradford));
        await _hub.Post(Agency.Prison, "reception-into-custody", Reception(ByPnc(201)));
        await _hub.WaitForItem(Agency.Prison, "ppo-reception-alert", payload => (string?)payload["offender"]!["pncId"] == Pnc(201));
        await Poll.Until(async () => await _hub.Query(db => db.Cases.CountAsync()) == 3, () => "three PPO cases");
        var person = await _hub.Query(db => db.People.SingleAsync(p => p.PncId == Pnc(201)));
        var session = await _hub.Staff(StaffRole.ReadOnly);

        var all = await session.Http.GetStringAsync("/sagas");
        var leeds = await session.Http.GetStringAsync("/sagas?scheme=CDRP-LEEDS");
        var inCustody = await session.Http.GetStringAsync("/sagas?saga=PPO%20case&state=InCustody&scheme=CDRP-LEEDS");

        Assert.Contains("<h2>PPO case</h2>", all);
        Assert.Contains("<tfoot><tr><th scope=\"row\">All</th><td>3</td>", all);
        Assert.Contains("<tfoot><tr><th scope=\"row\">All</th><td>2</td>", leeds);
        Assert.Matches("<td>InCustody</td><td><a href=\"[^\"]+\">1</a>", leeds);
        Assert.Contains($"<a href=\"/people/{person.PersonId}\">Journey</a>", inCustody);
        Assert.Contains("<option value=\"CDRP-BRADFORD\">Bradford PPO scheme</option>", all);
    }
}
