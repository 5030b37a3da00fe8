using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Database;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Feeds;

/// <summary>
/// The agencies' feeds in the database. Cursors are consecutive and handed out in commit order, under the lock of the
/// feed's head row: a reader that has seen cursor n never later finds an n-1 it skipped. On PostgreSQL an append does not
/// take that lock: it inserts its entry under a provisional negative cursor, which no reader sees, and once it has
/// committed the appender asks for <see cref="Number"/>, which numbers every committed entry still waiting, in one
/// transaction that also records each disclosure in the audit trail, all in one round trip. Appends to one feed so run
/// side by side, and the head's lock is taken once per batch instead of once per entry. On SQLite, whose writes take turns anyway, an append
/// takes its cursor and records its disclosure itself. Acknowledging a cursor deletes the items up to it (the agency's
/// activity keeps who read and acknowledged what); the endpoint's inbox, not the feed, is what keeps a redelivered
/// delivery from being appended twice.
/// </summary>
public sealed class FeedStore(IDbContextFactory<HubDbContext> databases, PersistenceOptions persistence, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Whether an appended entry becomes readable only once <see cref="Number"/> has run after its commit.</summary>
    public bool NumbersAfterCommit => persistence.Provider == DatabaseProvider.Postgres;

    /// <summary>
    /// Adds <paramref name="entry"/> to its agency's feed in <paramref name="db"/>'s open transaction, with its
    /// disclosure under <paramref name="agreement"/>, about <paramref name="person"/> (<see cref="PersonReference"/>),
    /// for the agency's audit trail. On SQLite the head row stays locked until the commit, so call it last
    /// (<see cref="Outbox.IHubTransaction.BeforeCommit"/>).
    /// </summary>
    public async Task Append(HubDbContext db, FeedEntry entry, string agreement, string? person, CancellationToken cancellationToken)
    {
        (entry.Agreement, entry.PersonReference) = (agreement, person);
        if (NumbersAfterCommit)
        {
            await InsertProvisional(db, entry, cancellationToken);
            return;
        }
        entry.Cursor = await NextCursor(db, entry.Agency, cancellationToken);
        db.FeedEntries.Add(entry);
        await audit.Append(db, Disclosure(entry), cancellationToken);
    }

    /// <summary>
    /// Numbers the committed entries of <paramref name="agency"/>'s feed still waiting for a cursor, in the order they
    /// were appended, and records each disclosure, all in one transaction; returns how many it numbered. Entries whose
    /// append has not committed are not seen, and get later cursors when it has. Harmless to run at any time, from any
    /// replica: runs take turns on the head row. Nothing to do on SQLite.
    /// </summary>
    public async Task<int> Number(string agency, CancellationToken cancellationToken)
    {
        if (!NumbersAfterCommit) return 0;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var last = await LockHead(db, agency, cancellationToken);
        // The lock is taken before this statement starts, so its snapshot sees every append committed meanwhile.
        var numbered = await db.FeedEntries.FromSql($"""
            UPDATE feed_entries e SET "cursor" = {last} + p.n
            FROM (SELECT "cursor" AS provisional, row_number() OVER (ORDER BY "cursor" DESC) AS n
                  FROM feed_entries WHERE agency = {agency} AND "cursor" < 0) p
            WHERE e.agency = {agency} AND e."cursor" = p.provisional
            RETURNING e.*
            """).AsNoTracking().ToListAsync(cancellationToken);
        if (numbered.Count == 0) return 0;
        await db.FeedHeads.Where(h => h.Agency == agency)
            .ExecuteUpdateAsync(h => h.SetProperty(x => x.LastCursor, last + numbered.Count), cancellationToken);
        await audit.Append(db, [.. numbered.OrderBy(e => e.Cursor).Select(Disclosure)], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return numbered.Count;
    }

    static AuditEntry Disclosure(FeedEntry entry) => new()
    {
        At = entry.DeliveredAt, Agency = entry.Agency, Actor = "hub", Action = AuditAction.Delivered, Recipient = entry.Agency,
        Purpose = entry.Purpose, Agreement = entry.Agreement, PersonReference = entry.PersonReference,
        MessageId = entry.DeliveryId, MessageType = entry.MessageType, Detail = DisclosureReport.SentBy(entry.Sender),
    };

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
        return await AnyAfter(db, agency, after ?? 0, cancellationToken);
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
        await db.FeedEntries.Where(e => e.Agency == agency && e.Cursor > 0 && e.Cursor <= cursor).ExecuteDeleteAsync(cancellationToken);
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

    // PostgreSQL only: the sequence is made by the FeedNumbering migration. Instants in UTC, as the model stores them.
    static Task<int> InsertProvisional(HubDbContext db, FeedEntry entry, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO feed_entries (agency, "cursor", delivery_id, message_type, version, sender, purpose, source_message_id, delivered_at,
                agreement, person_reference, payload, marks)
            VALUES ({entry.Agency}, -nextval('feed_provisional_cursors'), {entry.DeliveryId}, {entry.MessageType}, {entry.Version},
                {entry.Sender}, {entry.Purpose}, CAST({entry.SourceMessageId} AS uuid), {entry.DeliveredAt.ToUniversalTime()},
                {entry.Agreement}, {entry.PersonReference}, {entry.Payload}, {entry.Marks})
            """, cancellationToken);

    // PostgreSQL only: the head's last cursor, its row locked until the caller commits.
    static async Task<long> LockHead(HubDbContext db, string agency, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var last = await db.Database
                .SqlQuery<long>($"SELECT last_cursor AS \"Value\" FROM feed_heads WHERE agency = {agency} FOR UPDATE")
                .ToListAsync(cancellationToken);
            if (last.Count > 0 || attempt > 0) return last.Single();
            await CreateHead(db, agency, cancellationToken);
        }
    }

    // Not composed with LINQ: neither database accepts an UPDATE ... RETURNING as a subquery.
    static Task<List<long>> Increment(HubDbContext db, string agency, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>(
                $"UPDATE feed_heads SET last_cursor = last_cursor + 1 WHERE agency = {agency} RETURNING last_cursor AS \"Value\"")
            .ToListAsync(cancellationToken);
}
