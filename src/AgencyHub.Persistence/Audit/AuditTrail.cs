using System.Data.Common;
using AgencyHub.Persistence.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AgencyHub.Persistence.Audit;

/// <summary>
/// Adds entries to the audit trail, each in the transaction of the act it records, so there is no act without its
/// entry and no entry without its act. Each act takes one of its party's chains at random
/// (<see cref="PersistenceOptions.AuditChains"/>), disclosures one of their own. Appending moves that chain's head, which locks it until the commit
/// (appends to one chain take turns), and chains the entry to the head's hash. On PostgreSQL one statement does it all:
/// it locks and moves the head, hashes the entry there (<see cref="AuditHash.Around"/>) and inserts it, and an act can
/// send it with its own statements in one batch (<see cref="AddTo"/>). On SQLite the head is moved first, and the entry
/// and the head's new hash are written with the act's own changes.
/// </summary>
public sealed class AuditTrail(PersistenceOptions options)
{
    /// <summary>
    /// Chains <paramref name="entry"/> to its chain's head in <paramref name="db"/>'s open transaction; on SQLite the
    /// caller's <c>SaveChanges</c> and commit write it. The head stays locked from here to the commit, so call it as late
    /// as the act allows, and after anything else in the transaction that takes a lock (a feed's head), so locks are
    /// always taken in the same order.
    /// </summary>
    public Task Append(HubDbContext db, AuditEntry entry, CancellationToken cancellationToken) => Append(db, [entry], cancellationToken);

    /// <summary>
    /// Chains <paramref name="entries"/>, in their order, as <see cref="Append(HubDbContext, AuditEntry, CancellationToken)"/>
    /// does one; on PostgreSQL in one round trip, however many there are.
    /// </summary>
    public async Task Append(HubDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("An audit entry is written in the transaction of the act it records: begin one first.");
        if (entries.Count == 0) return;
        Prepare(entries);
        // The head stays locked until the commit: no savepoint round trips around the caller's save meanwhile (a failed
        // save fails the whole act, which is what the callers do anyway).
        db.Database.AutoSavepointsEnabled = false;
        if (options.Provider == DatabaseProvider.Postgres)
        {
            await using var batch = transaction.Connection!.CreateBatch();
            batch.Transaction = transaction;
            AddChained(batch, entries);
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return;
        }
        foreach (var entry in entries) await AddChained(db, transaction, entry, cancellationToken);
    }

    /// <summary>
    /// PostgreSQL: adds to <paramref name="batch"/> the commands that chain <paramref name="entries"/>, for an act written
    /// in one round trip. Run without a transaction of its own, the batch is one implicit transaction that commits as it
    /// ends: the chain's head is then locked only while the server runs the batch, never while a reply travels back to
    /// the host and waits there for a thread.
    /// </summary>
    public void AddTo(DbBatch batch, IReadOnlyList<AuditEntry> entries)
    {
        Prepare(entries);
        AddChained(batch, entries);
    }

    void Prepare(IReadOnlyList<AuditEntry> entries)
    {
        foreach (var entry in entries)
        {
            entry.At = AuditHash.Truncate(entry.At);
            entry.Category = AuditActions.CategoryOf(entry.Action);
            entry.Chain = ChainFor(entry.Action);
        }
    }

    static async Task AddChained(HubDbContext db, DbTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        var (position, previous) = await MoveHead(transaction, entry, cancellationToken) ?? await StartChain(transaction, entry, cancellationToken);
        entry.Position = position;
        entry.PreviousHash = previous;
        entry.Hash = AuditHash.Of(entry);
        db.AuditEntries.Add(entry);
        var head = db.Tracked<AuditHead>().FirstOrDefault(h => h.Agency == entry.Agency && h.Chain == entry.Chain);
        if (head is null) db.AuditHeads.Attach(head = new AuditHead { Agency = entry.Agency, Chain = entry.Chain });
        head.Position = position;
        head.Hash = entry.Hash;
    }

    // Disclosures are appended while their feed's head is locked, one at a time: waiting there for a chain another act
    // holds (the agency's many posts) would hold up the whole feed, so they keep chain 0 to themselves.
    int ChainFor(AuditAction action) => options.AuditChains <= 1 ? 0
        : action == AuditAction.Delivered ? 0
        : 1 + Random.Shared.Next(options.AuditChains - 1);

    // One statement per chain that makes its head if it has none yet (its first entry ever), then one per entry, each
    // locking its chain's head, moving it on, hashing the entry at its new position and inserting it; they run in order,
    // so entries of one chain follow each other. sha256() and bytea || are PostgreSQL's own (11 and later).
    static void AddChained(DbBatch batch, IReadOnlyList<AuditEntry> entries)
    {
        foreach (var chain in entries.DistinctBy(e => (e.Agency, e.Chain)))
            Add(batch, CreateHeadSql, chain, ("@start", AuditHash.Start));
        foreach (var entry in entries)
        {
            var (prefix, suffix) = AuditHash.Around(entry);
            Add(batch, """
                WITH head AS (SELECT position, hash FROM audit_heads WHERE agency = @agency AND chain = @chain FOR UPDATE),
                moved AS (
                    UPDATE audit_heads h SET position = head.position + 1,
                        hash = sha256(head.hash || @prefix || convert_to((head.position + 1)::text, 'UTF8') || @suffix)
                    FROM head WHERE h.agency = @agency AND h.chain = @chain
                    RETURNING h.position, h.hash, head.hash AS previous)
                INSERT INTO audit_entries (agency, chain, position, at, category, action, actor, person_reference, recipient, purpose, agreement,
                    justification, message_id, message_type, from_cursor, to_cursor, detail, previous_hash, hash)
                SELECT @agency, @chain, moved.position, @at::timestamptz, @category, @action, @actor, @person::text, @recipient::text, @purpose::text,
                    @agreement::text, @justification::text, @message_id::uuid, @message_type::text, @from_cursor::bigint, @to_cursor::bigint,
                    @detail::text, moved.previous, moved.hash
                FROM moved
                """, entry, ("@prefix", prefix), ("@suffix", suffix), ("@at", entry.At), ("@category", entry.Category.ToString()),
                ("@action", entry.Action.ToString()), ("@actor", entry.Actor), ("@person", entry.PersonReference), ("@recipient", entry.Recipient),
                ("@purpose", entry.Purpose), ("@agreement", entry.Agreement), ("@justification", entry.Justification), ("@message_id", entry.MessageId),
                ("@message_type", entry.MessageType), ("@from_cursor", entry.FromCursor), ("@to_cursor", entry.ToCursor), ("@detail", entry.Detail));
        }
    }

    static async Task<(long Position, byte[] Previous)?> MoveHead(DbTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction,
            "UPDATE audit_heads SET position = position + 1 WHERE agency = @agency AND chain = @chain RETURNING position, hash", entry);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), (byte[])reader.GetValue(1)) : null;
    }

    // A chain's first entry: its head row is made (by whichever append gets there first) and then moved as usual.
    static async Task<(long Position, byte[] Previous)> StartChain(DbTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        await CreateHead(transaction, entry, cancellationToken);
        return await MoveHead(transaction, entry, cancellationToken)
            ?? throw new InvalidOperationException($"The head of audit chain {entry.Agency}/{entry.Chain} is missing though it was just made.");
    }

    static async Task CreateHead(DbTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var insert = Command(transaction, CreateHeadSql, entry, ("@start", AuditHash.Start));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    // The test reads the committed heads without waiting: an insert would wait for whoever holds an existing head
    // before finding it there. ON CONFLICT covers two first entries at once.
    const string CreateHeadSql = """
        INSERT INTO audit_heads (agency, chain, position, hash)
        SELECT @agency, @chain, 0, @start WHERE NOT EXISTS (SELECT 1 FROM audit_heads WHERE agency = @agency AND chain = @chain)
        ON CONFLICT (agency, chain) DO NOTHING
        """;

    static DbCommand Command(DbTransaction transaction, string sql, AuditEntry entry, params (string Name, object? Value)[] more) =>
        SqlCommands.In(transaction, sql, ParametersOf(entry, more));

    static void Add(DbBatch batch, string sql, AuditEntry entry, params (string Name, object? Value)[] more) =>
        SqlCommands.Add(batch, sql, ParametersOf(entry, more));

    static IEnumerable<(string Name, object? Value)> ParametersOf(AuditEntry entry, (string Name, object? Value)[] more) =>
        more.Prepend(("@chain", entry.Chain)).Prepend(("@agency", entry.Agency));
}
