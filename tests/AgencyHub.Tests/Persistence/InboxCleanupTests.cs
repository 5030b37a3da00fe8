using AgencyHub.Persistence;
using AgencyHub.Persistence.Database;
using AgencyHub.Persistence.Housekeeping;
using AgencyHub.Persistence.Outbox;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgencyHub.Tests.Persistence;

public sealed class InboxCleanupTests
{
    [Fact]
    public async Task Only_rows_delivered_longer_ago_than_the_retention_are_deleted()
    {
        await using var database = await TestDatabase.NewMigrated();
        var now = DateTimeOffset.Parse("2026-11-23T12:00:00Z");
        InboxEntry Row(DateTime? delivered) => new()
        {
            MessageId = Guid.NewGuid(), ConsumerId = Guid.NewGuid(), Received = now.UtcDateTime.AddDays(-30),
            Consumed = delivered, Delivered = delivered,
        };
        var expired = Row(now.UtcDateTime.AddDays(-8));
        var recent = Row(now.UtcDateTime.AddDays(-6));
        // Consumed long ago but its outbox messages are not all sent yet: a redelivery must still find it.
        var undelivered = Row(null);
        undelivered.Consumed = now.UtcDateTime.AddDays(-20);
        await using (var db = await database.Open())
        {
            db.Inbox.AddRange(expired, recent, undelivered);
            await db.SaveChangesAsync();
        }

        var cleanup = new InboxCleanup(database.GetRequiredService<IDbContextFactory<HubDbContext>>(),
            new PersistenceOptions { InboxRetention = TimeSpan.FromDays(7) }, new FixedClock(now));

        Assert.Equal(1, await cleanup.Run(CancellationToken.None));
        await using var check = await database.Open();
        Assert.Equal(new[] { recent.MessageId, undelivered.MessageId }.Order(), (await check.Inbox.Select(e => e.MessageId).ToListAsync()).Order());
    }
}
