using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Failures;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Admin;

/// <summary>
/// What an operator does with failed and parked messages, for the admin API and the <c>failed</c> command alike: list
/// them grouped by cause, open one's body with a justification, ask for its replay, or discard it with a reason. Each
/// act is recorded in the hub's audit trail in the same transaction as its effect; a replay is made by the hub (or by
/// the relay's adapter, for a message it parked) once asked for.
/// </summary>
public sealed class FailedMessageAdministration(FailedMessageStore store, IDbContextFactory<HubDbContext> databases, AuditTrail audit,
    TimeProvider clock)
{
    /// <summary>The failed messages with <paramref name="status"/> (all when null), grouped by type, endpoint and cause, largest group first.</summary>
    public async Task<List<FailureGroup>> Groups(FailureStatus? status, CancellationToken cancellationToken) =>
        [.. (await store.List(status, cancellationToken))
            .GroupBy(f => (f.MessageType, f.Endpoint, f.Cause))
            .Select(g => new FailureGroup(g.Key.MessageType, g.Key.Endpoint, g.Key.Cause, g.Count(), g.Max(f => f.LastFailedAt), [.. g.Select(FailureView.Of)]))
            .OrderByDescending(g => g.Count).ThenByDescending(g => g.LastFailedAt)];

    /// <summary>One failed message, without its body; null when there is none of that id.</summary>
    public async Task<FailureView?> Find(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.FailedMessages.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken) is { } failure
            ? FailureView.Of(failure)
            : null;
    }

    /// <summary>The body of <paramref name="id"/>, read by <paramref name="actor"/> for <paramref name="justification"/>, recorded as a consultation.</summary>
    public async Task<FailedMessage?> Open(Guid id, string actor, string justification, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.FailedMessages.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken) is not { } failure) return null;
        await Record(db, failure, AuditAction.BodyOpened, actor, justification, $"failed message body, from {failure.Endpoint}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return failure;
    }

    /// <summary>Asks for <paramref name="id"/> to be sent again.</summary>
    public Task<Resolution> Replay(Guid id, string actor, string justification, CancellationToken cancellationToken) =>
        Resolve(id, FailureStatus.ReplayRequested, AuditAction.FailedMessageReplayed, actor, justification, cancellationToken);

    /// <summary>Discards <paramref name="id"/> for <paramref name="reason"/>.</summary>
    public Task<Resolution> Discard(Guid id, string actor, string reason, CancellationToken cancellationToken) =>
        Resolve(id, FailureStatus.Discarded, AuditAction.FailedMessageDiscarded, actor, reason, cancellationToken);

    async Task<Resolution> Resolve(Guid id, FailureStatus to, AuditAction action, string actor, string reason, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.FailedMessages.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken) is not { } failure)
            return new Resolution(ResolutionOutcome.NotFound, null);
        if (!await FailedMessageStore.Resolve(db, id, to, actor, reason, clock.GetUtcNow(), cancellationToken))
            return new Resolution(ResolutionOutcome.NotFailed, FailureView.Of(failure));
        await Record(db, failure, action, actor, reason, $"{failure.Source} failure on {failure.Endpoint}: {failure.Cause}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Resolution(ResolutionOutcome.Done, FailureView.Of(failure) with { Status = to });
    }

    async Task Record(HubDbContext db, FailedMessage failure, AuditAction action, string actor, string justification, string detail,
        CancellationToken cancellationToken)
    {
        await audit.Append(db, new AuditEntry
        {
            At = clock.GetUtcNow(), Agency = Agency.Hub.Slug(), Actor = actor, Action = action, Justification = justification.Trim(),
            PersonReference = failure.PersonReference, MessageId = failure.MessageId, MessageType = failure.MessageType, Detail = detail,
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Failed messages of one type on one endpoint with one cause.</summary>
public sealed record FailureGroup(string MessageType, string Endpoint, string Cause, int Count, DateTimeOffset LastFailedAt, List<FailureView> Messages);

/// <summary>A failed message as listed: everything but its body.</summary>
public sealed record FailureView(Guid Id, FailureSource Source, string Agency, string Endpoint, Guid MessageId, string MessageType, string? Sender,
    string Cause, string Reason, string? PersonReference, int Failures, DateTimeOffset FirstFailedAt, DateTimeOffset LastFailedAt, FailureStatus Status,
    DateTimeOffset? ResolvedAt, string? ResolvedBy, string? Resolution)
{
    /// <summary>The view of <paramref name="failure"/>.</summary>
    public static FailureView Of(FailedMessage failure) => new(failure.Id, failure.Source, failure.Agency, failure.Endpoint, failure.MessageId,
        failure.MessageType, failure.Sender, failure.Cause, failure.Reason, failure.PersonReference, failure.Failures, failure.FirstFailedAt,
        failure.LastFailedAt, failure.Status, failure.ResolvedAt, failure.ResolvedBy, failure.Resolution);
}

/// <summary>How an operator's replay or discard ended, with the message as it stands (null when there is none).</summary>
public sealed record Resolution(ResolutionOutcome Outcome, FailureView? Failure);

/// <summary>The outcomes of <see cref="FailedMessageAdministration.Replay"/> and <see cref="FailedMessageAdministration.Discard"/>.</summary>
public enum ResolutionOutcome
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>No failed message has that id.</summary>
    NotFound,

    /// <summary>It is no longer waiting for an operator (replayed, discarded, applied already).</summary>
    NotFailed,
}
