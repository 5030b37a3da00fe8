using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Alerts;
using AgencyHub.Contracts.Identity;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Persistence;

/// <summary>What the inbox and outbox hold once messages have been handled, with and without messages they caused.</summary>
public sealed class OutboxRoundsTests
{
    [Fact]
    public async Task Every_handled_message_is_marked_delivered_and_nothing_is_left_in_the_outbox()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(ByPnc(1)), Agency.Police);
        // A reception of someone who is no PPO causes nothing on the case endpoint: done in one round.
        await hub.Post(Reception(new OffenderIdentity { PncId = Pnc(2) }, "LEI"), Agency.Prison);
        await hub.Post(Reception(new OffenderIdentity { PncId = Pnc(1) }, "LEI"), Agency.Prison);

        Assert.Single(await hub.Received<PpoReceptionAlert>(Agency.Prison));
        Assert.Equal(0, await hub.Query(db => db.Outbox.CountAsync()));
        var inbox = await hub.Query(db => db.Inbox.ToListAsync());
        Assert.NotEmpty(inbox);
        Assert.All(inbox, row => Assert.True(row.Consumed is not null && row.Delivered is not null,
            $"inbox row {row.MessageId} is consumed {row.Consumed}, delivered {row.Delivered}"));
    }
}
