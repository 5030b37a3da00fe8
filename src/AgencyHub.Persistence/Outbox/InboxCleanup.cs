using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Persistence.Outbox;

/// <summary>
/// Keeps the inbox from growing without limit: once an hour it deletes the rows of messages that were consumed and
/// whose outbox messages were all delivered more than <see cref="Database.PersistenceOptions.InboxRetention"/> ago,
/// and the ingress's record of message ids first used as long ago.
/// A redelivery of such an old message would be consumed again, so the retention must outlast any redelivery: the
/// broker redelivers within minutes, and an operator replays from an error queue within days.
/// </summary>
public sealed class InboxCleanup(
    IDbContextFactory<HubDbContext> databases, Database.PersistenceOptions options, TimeProvider clock, ILogger<InboxCleanup> logger)
    : BackgroundService
{
    static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Deletes the rows past retention (inbox rows and ingress ids); returns how many.</summary>
    public async Task<int> Prune(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.InboxRetention;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Inbox.Where(e => e.Delivered != null && e.Delivered < cutoff).ExecuteDeleteAsync(cancellationToken)
            + await db.IngressIds.Where(i => i.AcceptedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var pruned = await Prune(stoppingToken);
                if (pruned > 0) logger.LogInformation("Deleted {Count} inbox rows and ingress ids older than {Retention}", pruned, options.InboxRetention);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be down for a while; the next round tries again.
                logger.LogWarning(exception, "Inbox cleanup failed; will try again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
