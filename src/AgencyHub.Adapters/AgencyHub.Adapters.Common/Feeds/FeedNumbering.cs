using AgencyHub.Persistence.Feeds;
using Microsoft.Extensions.Hosting;

namespace AgencyHub.Adapters.Common.Feeds;

/// <summary>
/// Asks every hosted feed to number its waiting appends once every <see cref="AgencyFeed.RecheckInterval"/>, besides the
/// requests each append makes after its commit: so entries whose numbering failed (the database was down) or whose
/// appender died before asking are numbered within a second. Only where appends are numbered after their commit
/// (PostgreSQL).
/// </summary>
public sealed class FeedNumbering(AgencyFeeds feeds, FeedStore store, TimeProvider clock) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!store.NumbersAfterCommit) return;
        using var timer = new PeriodicTimer(AgencyFeed.RecheckInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            foreach (var feed in feeds.All)
                feed.RequestNumbering();
    }
}
