using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Feeds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// On PostgreSQL, appends to one feed run side by side and are numbered after they commit: a reader following the
/// cursors while appends commit in any order, and numbering runs from several places at once, sees every entry exactly
/// once, never one below a cursor it has passed.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class FeedNumberingTests(HubOnRabbitMq hub)
{
    const string Prison = "prison";

    [Fact]
    public async Task Appends_committing_out_of_order_are_read_once_each_in_cursor_order_by_a_reader_following_the_cursors()
    {
        var services = hub.AdapterApp(Agency.Prison).Services;
        var store = services.GetRequiredService<FeedStore>();
        var databases = services.GetRequiredService<IDbContextFactory<HubDbContext>>();
        var ids = Enumerable.Range(0, 120).Select(_ => Guid.NewGuid()).ToArray();
        var seen = new List<(long Cursor, Guid Id)>();
        using var done = new CancellationTokenSource();

        var reader = Task.Run(async () =>
        {
            long? after = null;
            while (true)
            {
                var finished = done.IsCancellationRequested;
                var slice = await store.Read(Prison, after, 500, reader: null, CancellationToken.None);
                foreach (var entry in slice.Entries)
                {
                    Assert.True(after is null || entry.Cursor > after, $"cursor {entry.Cursor} after {after}");
                    after = entry.Cursor;
                    if (ids.Contains(entry.DeliveryId)) seen.Add((entry.Cursor, entry.DeliveryId));
                }
                after ??= slice.From;
                if (finished && slice.Entries.Count == 0) return;
            }
        });
        // Each append holds its transaction open for a while that differs from the others', so they commit out of the
        // order they took their provisional cursors; numbering is asked after each commit, as the adapter does.
        await Parallel.ForEachAsync(ids.Select((id, i) => (id, i)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (append, _) =>
        {
            await using var db = await databases.CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await store.Append(db, Entry(append.id), "custody-and-release@1", person: null, CancellationToken.None);
            await db.Database.ExecuteSqlAsync($"SELECT pg_sleep({append.i % 4 * 0.01})");
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            await store.Number(Prison, CancellationToken.None);
        });
        while (await store.Number(Prison, CancellationToken.None) > 0) { }
        await done.CancelAsync();
        await reader;

        Assert.Equal(ids.Order(), seen.Select(s => s.Id).Order());
        Assert.Equal(seen.Select(s => s.Cursor).Order(), seen.Select(s => s.Cursor));
        // Each run records its disclosures in one batch: one apiece, chained in cursor order, and the chains check out.
        await using var owner = DatabaseSettings.OwnerContext(hub.Database);
        var disclosures = await owner.AuditEntries
            .Where(e => e.Agency == Prison && e.Action == AuditAction.Delivered && ids.Contains(e.MessageId!.Value))
            .OrderBy(e => e.Chain).ThenBy(e => e.Position).Select(e => e.MessageId!.Value).ToListAsync();
        Assert.Equal(seen.Select(s => s.Id), disclosures);
        Assert.Empty((await AuditVerification.Check(owner, CancellationToken.None)).Findings);
    }

    static FeedEntry Entry(Guid deliveryId) => new()
    {
        Agency = Prison, DeliveryId = deliveryId, MessageType = "ppo-reception-alert", Version = 1, Sender = "hub", Purpose = "ppo-custody-alert",
        DeliveredAt = DateTimeOffset.UtcNow, Payload = "{}",
    };
}
