using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Database;
using AgencyHub.Persistence.Failures;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AgencyHub.Persistence.Ingress;

/// <summary>
/// Messages agencies have posted that are not yet on the bus. The ingress API stores a message here before it
/// answers <c>202</c>, with the collection in the agency's audit chain naming the agency system that posted it; the relay publishes them in acceptance order and removes each once the broker has it.
/// </summary>
public sealed class AcceptedMessageStore(IDbContextFactory<HubDbContext> databases, AuditTrail audit)
{
    /// <summary>
    /// Stores <paramref name="message"/> with a record of its id and body, unless its id was used before (within the
    /// inbox's retention): then the outcome says whether that was the same message (a re-post) or a different one.
    /// </summary>
    public async Task<AcceptOutcome> Accept(AcceptedMessage message, string? person, CancellationToken cancellationToken)
    {
        var used = new IngressId
        {
            MessageId = message.MessageId,
            Agency = message.Agency,
            MessageType = message.MessageType,
            BodyHash = SHA256.HashData(Encoding.UTF8.GetBytes(message.Body)),
            AcceptedAt = message.AcceptedAt.UtcDateTime,
        };
        var posted = new AuditEntry
        {
            At = message.AcceptedAt, Agency = message.Agency, Actor = message.AgencySystem, Action = AuditAction.MessagePosted,
            PersonReference = person, MessageId = message.MessageId, MessageType = message.MessageType,
        };
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        try
        {
            if (db.Database.IsNpgsql()) await AcceptInOneRoundTrip(db, used, message, posted, cancellationToken);
            else if (await db.IngressIds.FindAsync([message.MessageId], cancellationToken) is { } earlier) return Compare(earlier, used);
            else await AcceptInTransaction(db, used, message, posted, cancellationToken);
            return AcceptOutcome.Accepted;
        }
        catch (Exception exception) when (exception is DbUpdateException or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The id was used before, or by a post at the same moment that stored it first.
            db.ChangeTracker.Clear();
            if (await db.IngressIds.AsNoTracking().SingleOrDefaultAsync(i => i.MessageId == message.MessageId, cancellationToken) is { } earlier)
                return Compare(earlier, used);
            // Taken by another agency, whose rows this adapter's database role cannot see (row-level security).
            if (exception.GetBaseException() is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }) return AcceptOutcome.IdTaken;
            throw;
        }
    }

    // PostgreSQL: the id, the message and the audit entry in one batch, which runs as one implicit transaction and
    // commits as it ends, in a single round trip. A used id fails the whole batch (unique violation), so a re-post
    // needs no look-up first, and the audit chain's head is held only while the server runs the batch.
    async Task AcceptInOneRoundTrip(HubDbContext db, IngressId used, AcceptedMessage message, AuditEntry posted, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var batch = connection.CreateBatch();
        SqlCommands.Add(batch, """
            INSERT INTO ingress_ids (message_id, agency, message_type, body_hash, accepted_at)
            VALUES (@message_id, @agency, @message_type, @body_hash, @accepted_at)
            """, [("@message_id", used.MessageId), ("@agency", used.Agency), ("@message_type", used.MessageType),
            ("@body_hash", used.BodyHash), ("@accepted_at", used.AcceptedAt)]);
        SqlCommands.Add(batch, """
            INSERT INTO accepted_messages (message_id, agency, agency_system, message_type, body, accepted_at, trace_parent)
            VALUES (@message_id, @agency, @agency_system, @message_type, @body, @accepted_at, @trace_parent)
            """, [("@message_id", message.MessageId), ("@agency", message.Agency), ("@agency_system", message.AgencySystem),
            ("@message_type", message.MessageType), ("@body", message.Body), ("@accepted_at", message.AcceptedAt.ToUniversalTime()),
            ("@trace_parent", message.TraceParent)]);
        audit.AddTo(batch, [posted]);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    async Task AcceptInTransaction(HubDbContext db, IngressId used, AcceptedMessage message, AuditEntry posted, CancellationToken cancellationToken)
    {
        // Disposed, so rolled back, before a failed save is looked into.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.IngressIds.Add(used);
        db.AcceptedMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        // Last: the chain's head is held from here to the commit, so other posts wait for it as briefly as can be.
        await audit.Append(db, posted, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Up to <paramref name="limit"/> of <paramref name="agency"/>'s waiting messages, oldest first.</summary>
    public async Task<List<AcceptedMessage>> Waiting(string agency, int limit, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Waiting(db, agency, limit, cancellationToken);
    }

    /// <summary>
    /// Hands up to <paramref name="limit"/> of <paramref name="agency"/>'s waiting messages, oldest first, to
    /// <paramref name="relay"/> and returns what it returns, while no other replica of the adapter relays that agency's
    /// messages; null, at once, when one does. On PostgreSQL a transaction-scoped advisory lock per agency says who
    /// relays, so two replicas never publish the same stored message, and the messages go out in acceptance order.
    /// The lock goes with the transaction: a replica that dies mid-batch frees it, and the next takes over.
    /// </summary>
    public async Task<int?> Relay(string agency, int limit, Func<List<AcceptedMessage>, Task<int>> relay, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsNpgsql()) return await relay(await Waiting(db, agency, limit, cancellationToken));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var relaying = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock(hashtext({RelayLock + agency})) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!relaying) return null;
        var relayed = await relay(await Waiting(db, agency, limit, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return relayed;
    }

    const string RelayLock = "agencyhub-relay:";

    static Task<List<AcceptedMessage>> Waiting(HubDbContext db, string agency, int limit, CancellationToken cancellationToken) =>
        db.AcceptedMessages.AsNoTracking()
            .Where(m => m.Agency == agency)
            .OrderBy(m => m.Sequence)
            .Take(limit)
            .ToListAsync(cancellationToken);

    /// <summary>Removes messages the broker has confirmed.</summary>
    public async Task Remove(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await db.AcceptedMessages.Where(m => sequences.Contains(m.Sequence)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Parks <paramref name="message"/>, which the relay cannot publish, among the failed messages with its cause, and
    /// takes it out of the waiting ones, in one transaction: the messages after it go on, and an operator decides.
    /// </summary>
    public async Task Park(AcceptedMessage message, string cause, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await FailedMessageStore.Add(db, new FailedMessage
        {
            Agency = message.Agency, Source = FailureSource.Relay, Endpoint = RelayOf(message.Agency), MessageId = message.MessageId,
            MessageType = message.MessageType, Sender = message.Agency, Cause = cause, Reason = reason, ContentType = "application/json",
            Body = JsonSerializer.Serialize(message), LastFailedAt = at,
        }, alreadyApplied: false, cancellationToken);
        await db.AcceptedMessages.Where(m => m.Sequence == message.Sequence).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Puts the parked messages of <paramref name="agency"/> whose replay an operator asked for back among the waiting
    /// ones (after those waiting now), marking each replayed in the same transaction; returns how many.
    /// </summary>
    public async Task<int> RestoreReplays(string agency, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var replays = await db.FailedMessages
            .Where(f => f.Agency == agency && f.Source == FailureSource.Relay && f.Status == FailureStatus.ReplayRequested)
            .ToListAsync(cancellationToken);
        foreach (var replay in replays)
        {
            var message = JsonSerializer.Deserialize<AcceptedMessage>(replay.Body)!;
            message.Sequence = 0;
            db.AcceptedMessages.Add(message);
            replay.Status = FailureStatus.Replayed;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return replays.Count;
    }

    /// <summary>The endpoint a message parked by <paramref name="agency"/>'s relay is listed under.</summary>
    public static string RelayOf(string agency) => $"{agency} relay";

    static AcceptOutcome Compare(IngressId earlier, IngressId posted) =>
        earlier.Agency == posted.Agency && earlier.MessageType == posted.MessageType && earlier.BodyHash.AsSpan().SequenceEqual(posted.BodyHash)
            ? AcceptOutcome.AlreadyAccepted
            : AcceptOutcome.IdTaken;
}
