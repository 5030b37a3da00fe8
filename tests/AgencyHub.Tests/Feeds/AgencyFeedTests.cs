using System.Text.Json;
using AgencyHub.Adapters.Common.Feeds;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Delivery;

namespace AgencyHub.Tests.Feeds;

public class AgencyFeedTests
{
    static AgencyDelivery Delivery(Guid? id = null) => new()
    {
        DeliveryId = id ?? Guid.NewGuid(),
        Sender = Agency.Hub,
        Recipient = Agency.Prison,
        MessageType = "ppo-reception-alert",
        Version = 1,
        Purpose = "ppo-custody-alert",
        Rule = "ppo-custody-alerts",
        DeliveredAt = DateTimeOffset.UnixEpoch,
        Payload = JsonSerializer.SerializeToElement(new { }),
    };

    static AgencyFeed FeedWith(int items)
    {
        var feed = new AgencyFeed(Agency.Prison);
        for (var i = 0; i < items; i++) feed.Append(Delivery());
        return feed;
    }

    [Fact]
    public void Unacknowledged_items_are_offered_again()
    {
        var feed = FeedWith(3);
        Assert.Equal(["1", "2", "3"], feed.Read(null, 10).Items.Select(i => i.Cursor).ToArray());
        Assert.Equal(["1", "2", "3"], feed.Read(null, 10).Items.Select(i => i.Cursor).ToArray());
    }

    [Fact]
    public void Acknowledging_a_cursor_moves_past_everything_up_to_it()
    {
        var feed = FeedWith(3);
        Assert.True(feed.Acknowledge(2));
        var page = feed.Read(null, 10);
        Assert.Equal(["3"], page.Items.Select(i => i.Cursor).ToArray());
        Assert.Equal(("3", "2"), (page.NextCursor, page.AcknowledgedCursor));
    }

    [Fact]
    public void Acknowledging_again_is_harmless_and_a_cursor_beyond_the_end_is_refused()
    {
        var feed = FeedWith(2);
        Assert.True(feed.Acknowledge(2));
        Assert.True(feed.Acknowledge(1));
        Assert.False(feed.Acknowledge(3));
        Assert.Equal(2, feed.Acknowledged);
    }

    [Fact]
    public void Reading_after_a_cursor_pages_forward_without_acknowledging()
    {
        var feed = FeedWith(5);
        var first = feed.Read(null, 2);
        var second = feed.Read(long.Parse(first.NextCursor), 2);
        Assert.Equal(["3", "4"], second.Items.Select(i => i.Cursor).ToArray());
        Assert.Equal("0", second.AcknowledgedCursor);
    }

    [Fact]
    public void A_repeated_delivery_is_kept_once()
    {
        var feed = new AgencyFeed(Agency.Prison);
        var id = Guid.NewGuid();
        Assert.True(feed.Append(Delivery(id)));
        Assert.False(feed.Append(Delivery(id)));
        Assert.Single(feed.Read(null, 10).Items);
    }

    [Fact]
    public async Task A_waiting_reader_wakes_when_an_item_arrives()
    {
        var feed = new AgencyFeed(Agency.Prison);
        var waiting = feed.WaitForItemsAfter(0, TimeSpan.FromMinutes(1), TimeProvider.System, CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        feed.Append(Delivery());
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
