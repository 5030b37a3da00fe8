using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Database;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Feeds;

/// <summary>
/// The agencies' feeds in the database. An append takes the next cursor from the feed's head row inside the
/// appending transaction, so appends to one feed take turns and cursors are consecutive and in commit order: a reader
/// that has seen cursor n never later finds an n-1 it skipped. Acknowledging a cursor deletes the items up to it (the
/// agency's activity keeps who read and acknowledged what);
/// the endpoint's inbox, not the feed, is what keeps a redelivered delivery from being appended twice.
/// </summary>
public sealed class FeedStore(IDbContextFactory<HubDbContext> databases, PersistenceOptions persistence, AuditTrail audit, TimeProvider clock)
{
    /// <summary>
    /// Adds <paramref name="entry"/> to its agency's feed in <paramref name="db"/>'s open transaction, and its disclosure
    /// under <paramref name="agreement"/>, about <paramref name="person"/> (<see cref="PersonReference"/>), to the agency's
    /// audit trail. The head rows stay locked until the commit, so
    /// call it last (<see cref="Outbox.IHubTransaction.BeforeCommit"/>): every other append to the feed waits meanwhile.
    /// On PostgreSQL one statement takes the cursor and inserts the entry.
    /// </summary>
    public async Task Append(HubDbContext db, FeedEntry entry, string agreement, string? person, CancellationToken cancellationToken)
    {
        if (persistence.Provider == DatabaseProvider.Postgres)
        {
            if (await InsertAtHead(db, entry, cancellationToken) == 0)
            {
                await CreateHead(db, entry.Agency, cancellationToken);
                await InsertAtHead(db, entry, cancellationToken);
            }
        }
        else
        {
            entry.Cursor = await NextCursor(db, entry.Agency, cancellationToken);
            db.FeedEntries.Add(entry);
        }
        await audit.Append(db, new AuditEntry
        {
            At = entry.DeliveredAt, Agency = entry.Agency, Actor = "hub", Action = AuditAction.Delivered, Recipient = entry.Agency,
            Purpose = entry.Purpose, Agreement = agreement, PersonReference = person,
            MessageId = entry.DeliveryId, MessageType = entry.MessageType, Detail = DisclosureReport.SentBy(entry.Sender),
        }, cancellationToken);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> items after <paramref name="after"/> (default: the acknowledged cursor), and
    /// the position read from. A read by <paramref name="reader"/> that returns items is recorded in the agency's
    /// audit chain before the items are returned; with no reader (a webhook's look ahead) it is not.
    /// </summary>
    public async Task<FeedSlice> Read(string agency, long? after, int limit, string? reader, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var head = await Head(db, agency, cancellationToken);
        var from = Math.Clamp(after ?? head.AcknowledgedCursor, head.AcknowledgedCursor, head.LastCursor);
        var entries = await EntriesAfter(db, agency, from, limit).ToListAsync(cancellationToken);
        if (reader is not null && entries.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await audit.Append(db, new AuditEntry
            {
                At = clock.GetUtcNow(), Agency = agency, Actor = reader, Action = AuditAction.FeedRead,
                FromCursor = entries[0].Cursor, ToCursor = entries[^1].Cursor,
            }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return new FeedSlice(entries, from, head.AcknowledgedCursor);
    }

    /// <summary>True when the feed holds an item after <paramref name="after"/> (default: any unacknowledged item).</summary>
    public async Task<bool> HasItemsAfter(string agency, long? after, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await AnyAfter(db, agency, after ?? long.MinValue, cancellationToken);
    }

    /// <summary>
    /// Marks everything up to <paramref name="cursor"/> as received by <paramref name="reader"/> and deletes it, recording
    /// the acknowledgement in the agency's audit chain in the same transaction. The cursor already acknowledged may be
    /// acknowledged again (a repeat changes nothing); an earlier one, or one the feed has not reached, is refused.
    /// </summary>
    public async Task<AcknowledgeOutcome> Acknowledge(string agency, long cursor, string reader, CancellationToken cancellationToken)
    {
        if (cursor < 0) return AcknowledgeOutcome.BeyondEnd;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.FeedHeads
            .Where(h => h.Agency == agency && h.LastCursor >= cursor && h.AcknowledgedCursor < cursor)
            .ExecuteUpdateAsync(h => h.SetProperty(x => x.AcknowledgedCursor, cursor), cancellationToken);
        if (moved == 0)
        {
            var head = await Head(db, agency, cancellationToken);
            return cursor > head.LastCursor ? AcknowledgeOutcome.BeyondEnd
                : cursor < head.AcknowledgedCursor ? AcknowledgeOutcome.Behind
                : AcknowledgeOutcome.AlreadyAcknowledged;
        }
        await db.FeedEntries.Where(e => e.Agency == agency && e.Cursor <= cursor).ExecuteDeleteAsync(cancellationToken);
        await audit.Append(db, new AuditEntry
        {
            At = clock.GetUtcNow(), Agency = agency, Actor = reader, Action = AuditAction.FeedAcknowledged, FromCursor = cursor,
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AcknowledgeOutcome.Acknowledged;
    }

    static async Task<FeedHead> Head(HubDbContext db, string agency, CancellationToken cancellationToken) =>
        await HeadOf(db, agency, cancellationToken) ?? new FeedHead { Agency = agency };

    // Compiled once: long-polling readers ask these many times a second.
    static readonly Func<HubDbContext, string, CancellationToken, Task<FeedHead?>> HeadOf = EF.CompileAsyncQuery(
        (HubDbContext db, string agency, CancellationToken _) => db.FeedHeads.AsNoTracking().SingleOrDefault(h => h.Agency == agency));

    static readonly Func<HubDbContext, string, long, CancellationToken, Task<bool>> AnyAfter = EF.CompileAsyncQuery(
        (HubDbContext db, string agency, long after, CancellationToken _) => db.FeedEntries.Any(e => e.Agency == agency && e.Cursor > after));

    static readonly Func<HubDbContext, string, long, int, IAsyncEnumerable<FeedEntry>> EntriesAfter = EF.CompileAsyncQuery(
        (HubDbContext db, string agency, long after, int limit) => db.FeedEntries.AsNoTracking()
            .Where(e => e.Agency == agency && e.Cursor > after)
            .OrderBy(e => e.Cursor)
            .Take(limit));

    // The UPDATE locks the head row until the caller commits; that lock is what orders the appends.
    static async Task<long> NextCursor(HubDbContext db, string agency, CancellationToken cancellationToken)
    {
        var next = await Increment(db, agency, cancellationToken);
        if (next.Count > 0) return next[0];
        await CreateHead(db, agency, cancellationToken);
        return (await Increment(db, agency, cancellationToken))[0];
    }

    static Task CreateHead(HubDbContext db, string agency, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"INSERT INTO feed_heads (agency, last_cursor, acknowledged_cursor) VALUES ({agency}, 0, 0) ON CONFLICT (agency) DO NOTHING",
            cancellationToken);

    // PostgreSQL only (no other accepts an UPDATE inside WITH); 0 rows when the feed has no head yet. Instants in UTC,
    // as the model stores them.
    static Task<int> InsertAtHead(HubDbContext db, FeedEntry entry, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            WITH head AS (UPDATE feed_heads SET last_cursor = last_cursor + 1 WHERE agency = {entry.Agency} RETURNING last_cursor)
            INSERT INTO feed_entries (agency, "cursor", delivery_id, message_type, version, sender, purpose, source_message_id, delivered_at, payload)
            SELECT {entry.Agency}, last_cursor, {entry.DeliveryId}, {entry.MessageType}, {entry.Version}, {entry.Sender}, {entry.Purpose},
                CAST({entry.SourceMessageId} AS uuid), {entry.DeliveredAt.ToUniversalTime()}, {entry.Payload}
            FROM head
            """, cancellationToken);

    // Not composed with LINQ: neither database accepts an UPDATE ... RETURNING as a subquery.
    static Task<List<long>> Increment(HubDbContext db, string agency, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>(
                $"UPDATE feed_heads SET last_cursor = last_cursor + 1 WHERE agency = {agency} RETURNING last_cursor AS \"Value\"")
            .ToListAsync(cancellationToken);
}
