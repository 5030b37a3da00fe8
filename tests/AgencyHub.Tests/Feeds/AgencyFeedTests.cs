using System.Text.Json;
using AgencyHub.Adapters.Common.Feeds;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Feeds;
using AgencyHub.Persistence.Outbox;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgencyHub.Tests.Feeds;

public sealed class AgencyFeedTests : IAsyncLifetime
{
    const string Reader = "Leeds custody system";

    ServiceProvider _database = null!;
    AgencyFeed _feed = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.NewMigrated();
        _feed = new AgencyFeed(Agency.Prison, _database.GetRequiredService<FeedStore>(), NullLogger.Instance);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    static AgencyDelivery Delivery(string payload = "{}") => new()
    {
        DeliveryId = Guid.NewGuid(),
        Sender = Agency.Hub,
        Recipient = Agency.Prison,
        MessageType = "ppo-reception-alert",
        Version = 1,
        Purpose = "ppo-custody-alert",
        Agreement = "custody-and-release@1",
        DeliveredAt = DateTimeOffset.UnixEpoch,
        Payload = JsonDocument.Parse(payload).RootElement,
    };

    /// <summary>Appends in one committed transaction, as the feed consumer does behind the inbox.</summary>
    async Task Append(params AgencyDelivery[] deliveries)
    {
        await using var transaction = await ConsumerTransaction.Begin(_database);
        foreach (var delivery in deliveries) _feed.Append(transaction, delivery);
        await transaction.Commit();
    }

    async Task<string[]> Cursors(long? after = null, int limit = 10) =>
        (await _feed.Read(after, limit, Reader, CancellationToken.None)).Items.Select(i => i.Cursor).ToArray();

    [Fact]
    public async Task Unacknowledged_items_are_offered_again_with_everything_they_were_appended_with()
    {
        var delivery = Delivery("""{"prisonCode":"LEI"}""");
        await Append(delivery, Delivery(), Delivery());
        Assert.Equal(["1", "2", "3"], await Cursors());
        var item = (await _feed.Read(null, 10, Reader, CancellationToken.None)).Items[0];
        Assert.Equal((delivery.DeliveryId, Agency.Hub, "ppo-reception-alert", "LEI"),
            (item.DeliveryId, item.Sender, item.MessageType, item.Payload.GetProperty("prisonCode").GetString()));
    }

    [Fact]
    public async Task Acknowledging_a_cursor_moves_past_everything_up_to_it()
    {
        await Append(Delivery(), Delivery(), Delivery());
        Assert.Equal(AcknowledgeOutcome.Acknowledged, await _feed.Acknowledge(2, Reader, CancellationToken.None));
        var page = await _feed.Read(null, 10, Reader, CancellationToken.None);
        Assert.Equal(["3"], page.Items.Select(i => i.Cursor).ToArray());
        Assert.Equal(("3", "2"), (page.NextCursor, page.AcknowledgedCursor));
    }

    [Fact]
    public async Task Acknowledging_again_is_harmless_but_an_earlier_cursor_or_one_beyond_the_end_is_refused()
    {
        await Append(Delivery(), Delivery(), Delivery());
        Assert.Equal(AcknowledgeOutcome.Acknowledged, await _feed.Acknowledge(2, Reader, CancellationToken.None));
        Assert.Equal(AcknowledgeOutcome.AlreadyAcknowledged, await _feed.Acknowledge(2, Reader, CancellationToken.None));
        Assert.Equal(AcknowledgeOutcome.Behind, await _feed.Acknowledge(1, Reader, CancellationToken.None));
        Assert.Equal(AcknowledgeOutcome.BeyondEnd, await _feed.Acknowledge(4, Reader, CancellationToken.None));
        Assert.Equal("2", (await _feed.Read(null, 10, Reader, CancellationToken.None)).AcknowledgedCursor);
    }

    [Fact]
    public async Task Reads_that_return_items_and_acknowledgements_are_recorded_with_the_agency_system()
    {
        await Append(Delivery(), Delivery());
        await _feed.Read(null, 10, Reader, CancellationToken.None);
        await _feed.Read(2, 10, Reader, CancellationToken.None);
        await _feed.Read(null, 1, reader: null, CancellationToken.None);
        await _feed.Acknowledge(2, Reader, CancellationToken.None);

        await using var db = await _database.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContextAsync();
        // Each act in one of the agency's audit chains, taken at random: compared by what happened, not in order.
        var activity = (await db.AuditEntries.Select(a => new { a.Agency, a.Actor, a.Action, a.FromCursor, a.ToCursor }).ToListAsync())
            .OrderBy(a => a.Action).ToList();
        Assert.Equal(
            [
                new { Agency = "prison", Actor = Reader, Action = AuditAction.FeedRead, FromCursor = (long?)1, ToCursor = (long?)2 },
                new { Agency = "prison", Actor = Reader, Action = AuditAction.FeedAcknowledged, FromCursor = (long?)2, ToCursor = (long?)null },
                new { Agency = "prison", Actor = "hub", Action = AuditAction.Delivered, FromCursor = (long?)null, ToCursor = (long?)null },
                new { Agency = "prison", Actor = "hub", Action = AuditAction.Delivered, FromCursor = (long?)null, ToCursor = (long?)null },
            ],
            activity);
    }

    [Fact]
    public async Task An_empty_feed_accepts_cursor_zero_and_nothing_beyond()
    {
        Assert.Equal(AcknowledgeOutcome.AlreadyAcknowledged, await _feed.Acknowledge(0, Reader, CancellationToken.None));
        Assert.Equal(AcknowledgeOutcome.BeyondEnd, await _feed.Acknowledge(1, Reader, CancellationToken.None));
        var page = await _feed.Read(null, 10, Reader, CancellationToken.None);
        Assert.Equal(("0", "0"), (page.NextCursor, page.AcknowledgedCursor));
    }

    [Fact]
    public async Task Reading_after_a_cursor_pages_forward_without_acknowledging()
    {
        await Append(Delivery(), Delivery(), Delivery(), Delivery(), Delivery());
        var first = await _feed.Read(null, 2, Reader, CancellationToken.None);
        var second = await _feed.Read(long.Parse(first.NextCursor), 2, Reader, CancellationToken.None);
        Assert.Equal(["3", "4"], second.Items.Select(i => i.Cursor).ToArray());
        Assert.Equal("0", second.AcknowledgedCursor);
    }

    [Fact]
    public async Task A_rolled_back_append_leaves_no_item_and_no_gap()
    {
        await using (var transaction = await ConsumerTransaction.Begin(_database))
        {
            _feed.Append(transaction, Delivery());
            await transaction.SaveAll();
        }
        await Append(Delivery());
        Assert.Equal(["1"], await Cursors());
    }

    [Fact]
    public async Task Each_agency_has_its_own_cursors()
    {
        var police = new AgencyFeed(Agency.Police, _database.GetRequiredService<FeedStore>(), NullLogger.Instance);
        await Append(Delivery(), Delivery());
        await using (var transaction = await ConsumerTransaction.Begin(_database))
        {
            police.Append(transaction, Delivery() with { Recipient = Agency.Police });
            await transaction.Commit();
        }
        Assert.Equal(["1"], (await police.Read(null, 10, Reader, CancellationToken.None)).Items.Select(i => i.Cursor).ToArray());
        Assert.Equal(["1", "2"], await Cursors());
    }

    [Fact]
    public async Task A_waiting_reader_wakes_when_an_append_commits()
    {
        var waiting = _feed.WaitForItemsAfter(null, TimeSpan.FromMinutes(1), TimeProvider.System, CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        await Append(Delivery());
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_wait_for_items_after_the_last_one_times_out_empty()
    {
        await Append(Delivery());
        await _feed.WaitForItemsAfter(1, TimeSpan.FromMilliseconds(50), TimeProvider.System, CancellationToken.None);
        Assert.Empty((await _feed.Read(1, 10, Reader, CancellationToken.None)).Items);
    }

    /// <summary>
    /// A consume transaction as the outbox opens one: work in it is saved, then the before-commit work runs and is
    /// saved, then it commits and the after-commit actions run.
    /// </summary>
    sealed class ConsumerTransaction(HubDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction)
        : IHubTransaction, IAsyncDisposable
    {
        readonly List<Action> _afterCommit = [];
        readonly List<Func<CancellationToken, Task>> _beforeCommit = [];

        public HubDbContext Db => db;

        public static async Task<ConsumerTransaction> Begin(ServiceProvider database)
        {
            var db = await database.Open();
            return new ConsumerTransaction(db, await db.Database.BeginTransactionAsync());
        }

        public void AfterCommit(Action action) => _afterCommit.Add(action);

        public void BeforeCommit(Func<CancellationToken, Task> work) => _beforeCommit.Add(work);

        /// <summary>Everything up to the commit.</summary>
        public async Task SaveAll()
        {
            await db.SaveChangesAsync();
            foreach (var work in _beforeCommit) await work(CancellationToken.None);
            await db.SaveChangesAsync();
        }

        public async Task Commit()
        {
            await SaveAll();
            await transaction.CommitAsync();
            _afterCommit.ForEach(action => action());
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await db.DisposeAsync();
        }
    }
}
