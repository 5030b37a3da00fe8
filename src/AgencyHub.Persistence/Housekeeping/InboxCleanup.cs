using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Housekeeping;

/// <summary>
/// Keeps the inbox from growing without limit: deletes the rows of messages that were consumed and whose outbox
/// messages were all delivered more than <see cref="Database.PersistenceOptions.InboxRetention"/> ago. A redelivery of
/// such an old message would be consumed again, so the retention must outlast any redelivery: the broker redelivers
/// within minutes, and an operator replays from an error queue within days.
/// </summary>
public sealed class InboxCleanup(IDbContextFactory<HubDbContext> databases, Database.PersistenceOptions options, TimeProvider clock) : IHousekeepingStep
{
    /// <inheritdoc />
    public string Kind => "inbox rows";

    /// <inheritdoc />
    public async Task<int> Run(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.InboxRetention;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Inbox.Where(e => e.Delivered != null && e.Delivered < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
