using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AgencyHub.Persistence.Audit;
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
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.IngressIds.FindAsync([message.MessageId], cancellationToken) is { } earlier) return Compare(earlier, used);
        try
        {
            // Disposed, so rolled back, before a failed save is looked into below.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.IngressIds.Add(used);
            db.AcceptedMessages.Add(message);
            await db.SaveChangesAsync(cancellationToken);
            // Last: the chain's head is held from here to the commit, so other posts wait for it as briefly as can be.
            // (On SQLite the second save writes the entry; on PostgreSQL the append has, and that save has nothing to do.)
            await audit.Append(db, new AuditEntry
            {
                At = message.AcceptedAt, Agency = message.Agency, Actor = message.AgencySystem, Action = AuditAction.MessagePosted,
                PersonReference = person, MessageId = message.MessageId, MessageType = message.MessageType,
            }, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return AcceptOutcome.Accepted;
        }
        catch (DbUpdateException exception)
        {
            // The same id posted twice at once: the other post stored it first.
            db.ChangeTracker.Clear();
            if (await db.IngressIds.AsNoTracking().SingleOrDefaultAsync(i => i.MessageId == message.MessageId, cancellationToken) is { } concurrent)
                return Compare(concurrent, used);
            // Taken by another agency, whose rows this adapter's database role cannot see (row-level security).
            if (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }) return AcceptOutcome.IdTaken;
            throw;
        }
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
