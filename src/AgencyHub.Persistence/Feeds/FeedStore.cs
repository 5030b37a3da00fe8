using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Feeds;

/// <summary>
/// The agencies' feeds in the database. An append takes the next cursor from the feed's head row inside the
/// appending transaction, so appends to one feed take turns and cursors are consecutive and in commit order: a reader
/// that has seen cursor n never later finds an n-1 it skipped. Acknowledging a cursor deletes the items up to it;
/// the endpoint's inbox, not the feed, is what keeps a redelivered delivery from being appended twice.
/// </summary>
public sealed class FeedStore(IDbContextFactory<HubDbContext> databases)
{
    /// <summary>Adds <paramref name="entry"/> to its agency's feed in <paramref name="db"/>'s open transaction.</summary>
    public static async Task Append(HubDbContext db, FeedEntry entry, CancellationToken cancellationToken)
    {
        entry.Cursor = await NextCursor(db, entry.Agency, cancellationToken);
        db.FeedEntries.Add(entry);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> items after <paramref name="after"/> (default: the acknowledged cursor), and
    /// the position read from.
    /// </summary>
    public async Task<FeedSlice> Read(string agency, long? after, int limit, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var head = await Head(db, agency, cancellationToken);
        var from = Math.Clamp(after ?? head.AcknowledgedCursor, head.AcknowledgedCursor, head.LastCursor);
        var entries = await db.FeedEntries.AsNoTracking()
            .Where(e => e.Agency == agency && e.Cursor > from)
            .OrderBy(e => e.Cursor)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return new FeedSlice(entries, from, head.AcknowledgedCursor);
    }

    /// <summary>True when the feed holds an item after <paramref name="after"/> (default: any unacknowledged item).</summary>
    public async Task<bool> HasItemsAfter(string agency, long? after, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.FeedEntries.AnyAsync(e => e.Agency == agency && (after == null || e.Cursor > after), cancellationToken);
    }

    /// <summary>
    /// Marks everything up to <paramref name="cursor"/> as received and deletes it. Acknowledging an older cursor
    /// again is harmless; false when the feed has not reached <paramref name="cursor"/>.
    /// </summary>
    public async Task<bool> Acknowledge(string agency, long cursor, CancellationToken cancellationToken)
    {
        if (cursor < 0) return false;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.FeedHeads
            .Where(h => h.Agency == agency && h.LastCursor >= cursor && h.AcknowledgedCursor < cursor)
            .ExecuteUpdateAsync(h => h.SetProperty(x => x.AcknowledgedCursor, cursor), cancellationToken);
        if (moved == 0)
            return cursor <= (await Head(db, agency, cancellationToken)).LastCursor;
        await db.FeedEntries.Where(e => e.Agency == agency && e.Cursor <= cursor).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    static async Task<FeedHead> Head(HubDbContext db, string agency, CancellationToken cancellationToken) =>
        await db.FeedHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Agency == agency, cancellationToken)
        ?? new FeedHead { Agency = agency };

    // The UPDATE locks the head row until the caller commits; that lock is what orders the appends.
    static async Task<long> NextCursor(HubDbContext db, string agency, CancellationToken cancellationToken)
    {
        var next = await Increment(db, agency, cancellationToken);
        if (next.Count > 0) return next[0];
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO feed_heads (agency, last_cursor, acknowledged_cursor) VALUES ({agency}, 0, 0) ON CONFLICT (agency) DO NOTHING",
            cancellationToken);
        return (await Increment(db, agency, cancellationToken))[0];
    }

    // Not composed with LINQ: neither database accepts an UPDATE ... RETURNING as a subquery.
    static Task<List<long>> Increment(HubDbContext db, string agency, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>(
                $"UPDATE feed_heads SET last_cursor = last_cursor + 1 WHERE agency = {agency} RETURNING last_cursor AS \"Value\"")
            .ToListAsync(cancellationToken);
}
