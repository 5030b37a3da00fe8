using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Failures;

/// <summary>
/// The failed and parked messages (<see cref="FailedMessage"/>). Recording one is idempotent per endpoint and message
/// id, so a collector that stores a message and crashes before taking it off its queue stores it again harmlessly. A
/// replay or discard moves a message out of <see cref="FailureStatus.Failed"/> once, by a conditional update: two
/// operators acting at once cannot both replay it.
/// </summary>
public sealed class FailedMessageStore(IDbContextFactory<HubDbContext> databases)
{
    /// <summary>
    /// Stores <paramref name="failure"/>, or counts one more failure on the row already there for its endpoint and
    /// message. One found applied (<paramref name="alreadyApplied"/>) is marked so, and can never be replayed.
    /// </summary>
    public async Task Record(FailedMessage failure, bool alreadyApplied, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            await Add(db, failure, alreadyApplied, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Stored meanwhile by another collector: count it on that row.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Adds <paramref name="failure"/> to <paramref name="db"/> as <see cref="Record"/> does, to be saved in the caller's transaction.</summary>
    public static async Task Add(HubDbContext db, FailedMessage failure, bool alreadyApplied, CancellationToken cancellationToken)
    {
        var earlier = await db.FailedMessages
            .SingleOrDefaultAsync(f => f.Endpoint == failure.Endpoint && f.MessageId == failure.MessageId, cancellationToken);
        if (earlier is null)
        {
            failure.Id = failure.Id == Guid.Empty ? Guid.NewGuid() : failure.Id;
            failure.Failures = 1;
            failure.FirstFailedAt = failure.LastFailedAt;
            failure.Status = alreadyApplied ? FailureStatus.AlreadyApplied : FailureStatus.Failed;
            db.FailedMessages.Add(failure);
            return;
        }
        (earlier.Cause, earlier.Reason, earlier.LastFailedAt, earlier.Body) = (failure.Cause, failure.Reason, failure.LastFailedAt, failure.Body);
        earlier.Failures++;
        // A replay that failed again waits for an operator again; a discarded one stays discarded.
        if (earlier.Status is FailureStatus.Replayed or FailureStatus.ReplayRequested) earlier.Status = FailureStatus.Failed;
        if (alreadyApplied) earlier.Status = FailureStatus.AlreadyApplied;
    }

    /// <summary>The failed messages with <paramref name="status"/> (all when null), without their bodies, most recent first.</summary>
    public async Task<List<FailedMessage>> List(FailureStatus? status, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var found = await db.FailedMessages.AsNoTracking()
            .Where(f => status == null || f.Status == status)
            .Select(f => new FailedMessage
            {
                Id = f.Id, Agency = f.Agency, Source = f.Source, Endpoint = f.Endpoint, MessageId = f.MessageId, MessageType = f.MessageType,
                Sender = f.Sender, Cause = f.Cause, Reason = f.Reason, PersonReference = f.PersonReference, ContentType = f.ContentType,
                FirstFailedAt = f.FirstFailedAt, LastFailedAt = f.LastFailedAt, Failures = f.Failures, Status = f.Status,
                ResolvedAt = f.ResolvedAt, ResolvedBy = f.ResolvedBy, Resolution = f.Resolution,
            })
            .ToListAsync(cancellationToken);
        // Ordered here: SQLite cannot order by an instant.
        return [.. found.OrderByDescending(f => f.LastFailedAt)];
    }

    /// <summary>Up to <paramref name="limit"/> of the replays asked for of messages from <paramref name="sources"/>.</summary>
    public async Task<List<FailedMessage>> ReplaysRequested(IReadOnlyCollection<FailureSource> sources, int limit, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.FailedMessages.AsNoTracking()
            .Where(f => f.Status == FailureStatus.ReplayRequested && sources.Contains(f.Source))
            .OrderBy(f => f.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Moves <paramref name="id"/> from <see cref="FailureStatus.Failed"/> to <paramref name="to"/> in <paramref name="db"/>'s
    /// transaction, recording who and why; false when it is not (or no longer) failed.
    /// </summary>
    public static async Task<bool> Resolve(HubDbContext db, Guid id, FailureStatus to, string by, string reason, DateTimeOffset at,
        CancellationToken cancellationToken) =>
        await db.FailedMessages.Where(f => f.Id == id && f.Status == FailureStatus.Failed)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.Status, to).SetProperty(f => f.ResolvedAt, at)
                .SetProperty(f => f.ResolvedBy, by).SetProperty(f => f.Resolution, reason), cancellationToken) == 1;

    /// <summary>Marks a requested replay made, in <paramref name="db"/>'s transaction; false when it was no longer requested.</summary>
    public static async Task<bool> Replayed(HubDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.FailedMessages.Where(f => f.Id == id && f.Status == FailureStatus.ReplayRequested)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.Status, FailureStatus.Replayed), cancellationToken) == 1;
}
