using AgencyHub.Contracts.Agencies;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Cases;

/// <summary>A PPO case knows where the person is and keeps the journey that brought them there
/// (Joint Inspection Report 2004 §7.24).</summary>
public sealed class CaseJourneyTests
{
    [Fact]
    public async Task Each_message_that_moves_a_case_adds_the_next_entry_to_its_timeline()
    {
        // On a clock standing at the reception, so no needs-assessment deadline falls due in between.
        await using var hub = await HubHarness.Start(now: Now);
        var selected = await hub.Post(Selected(ByPnc(1)), Agency.Police);
        var received = await hub.Post(Reception(ByPnc(1), "LEI"), Agency.Prison);
        var released = await hub.Post(Released(ByPnc(1), "LEI"), Agency.Prison);
        var again = await hub.Post(Reception(ByPnc(1), "MDI") with { ReceivedAt = Now.AddDays(40) }, Agency.Prison);

        var ppoCase = await hub.Query(db => db.Cases.SingleAsync());
        var person = await hub.Query(db => db.People.SingleAsync());
        Assert.Equal(("InCustody", "MDI", 4), (ppoCase.CurrentState, person.PrisonCode, ppoCase.TimelineLength));
        var timeline = await hub.Query(db => db.CaseTimeline.Where(e => e.CaseId == ppoCase.CorrelationId).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(
            [
                (1, "ppo-selected", selected, "police", "InCommunity"),
                (2, "reception-into-custody", received, "prison", "InCustody"),
                (3, "offender-released", released, "prison", "OnLicence"),
                (4, "reception-into-custody", again, "prison", "InCustody"),
            ],
            timeline.Select(e => (e.Sequence, e.MessageType, e.MessageId, e.Sender, e.State)));
        Assert.Contains("MDI", timeline[^1].Summary);
    }
}
