using System.Security.Cryptography;
using System.Text;
using AgencyHub.Persistence.Audit;
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
        return await db.AcceptedMessages.AsNoTracking()
            .Where(m => m.Agency == agency)
            .OrderBy(m => m.Sequence)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Removes messages the broker has confirmed.</summary>
    public async Task Remove(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await db.AcceptedMessages.Where(m => sequences.Contains(m.Sequence)).ExecuteDeleteAsync(cancellationToken);
    }

    static AcceptOutcome Compare(IngressId earlier, IngressId posted) =>
        earlier.Agency == posted.Agency && earlier.MessageType == posted.MessageType && earlier.BodyHash.AsSpan().SequenceEqual(posted.BodyHash)
            ? AcceptOutcome.AlreadyAccepted
            : AcceptOutcome.IdTaken;
}
