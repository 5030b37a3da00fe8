using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Persistence.Feeds;
using Microsoft.Extensions.Logging;
using AgencyHub.Persistence.Outbox;

namespace AgencyHub.Adapters.Common.Feeds;

/// <summary>
/// The messages waiting for one agency, in the database (<see cref="FeedStore"/>), each with a sequence number as
/// its cursor. Delivery is at least once: items stay until the agency acknowledges a cursor at or past them, and a
/// read that does not say where to start begins at the acknowledged cursor, so an unacknowledged item is offered
/// again. An append becomes readable once numbered after its commit (on SQLite, at its commit); a reader waiting for
/// items is woken as soon as that happens in this process, and looks again every <see cref="RecheckInterval"/> for
/// appends by other replicas of the adapter.
/// </summary>
public sealed class AgencyFeed(Agency agency, FeedStore store, ILogger logger)
{
    /// <summary>How often a waiting reader looks for items appended by another process.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    readonly Lock _gate = new();
    TaskCompletionSource _appended = NewSignal();
    int _numberingRequests;

    /// <summary>The agency this feed belongs to.</summary>
    public Agency Agency { get; } = agency;

    /// <summary>
    /// Adds a delivery in the consumer's transaction, last before its commit; once it commits, it is numbered and waiting
    /// readers are woken.
    /// </summary>
    public void Append(IHubTransaction transaction, AgencyDelivery delivery)
    {
        var entry = new FeedEntry
        {
            Agency = Agency.Slug(),
            DeliveryId = delivery.DeliveryId,
            MessageType = delivery.MessageType,
            Version = delivery.Version,
            Sender = delivery.Sender.Slug(),
            Purpose = delivery.Purpose,
            SourceMessageId = delivery.SourceMessageId,
            DeliveredAt = delivery.DeliveredAt,
            Payload = delivery.Payload.GetRawText(),
            Marks = DeliveryMarks.Stored(delivery.Marks),
        };
        transaction.BeforeCommit(cancellationToken =>
            store.Append(transaction.Db, entry, delivery.Agreement, delivery.PersonReference, cancellationToken));
        transaction.AfterCommit(store.NumbersAfterCommit ? RequestNumbering : WakeReaders);
    }

    /// <summary>
    /// Numbers the feed's committed appends in the background: one run at a time, and another as soon as it ends if a
    /// request came meanwhile (its append may have committed after the run looked), so a burst of appends costs a few
    /// runs. A run that fails (the database is down) leaves the entries waiting for the next request or the
    /// housekeeping's (<see cref="FeedNumbering"/>).
    /// </summary>
    public void RequestNumbering()
    {
        if (Interlocked.Increment(ref _numberingRequests) == 1) _ = Task.Run(NumberWhileRequested);
    }

    async Task NumberWhileRequested()
    {
        var requests = Volatile.Read(ref _numberingRequests);
        while (true)
        {
            try
            {
                if (await store.Number(Agency.Slug(), CancellationToken.None) > 0) WakeReaders();
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Numbering the {Agency} feed failed; its appends wait for the next run", Agency.Slug());
            }
            var left = Interlocked.Add(ref _numberingRequests, -requests);
            if (left == 0) return;
            requests = left;
        }
    }

    /// <summary>
    /// Up to <paramref name="limit"/> items after <paramref name="after"/> (default: the acknowledged cursor), read by
    /// the agency system <paramref name="reader"/> (recorded when items are returned), or unrecorded when null.
    /// </summary>
    public async Task<FeedPage> Read(long? after, int limit, string? reader, CancellationToken cancellationToken)
    {
        var slice = await store.Read(Agency.Slug(), after, limit, reader, cancellationToken);
        var items = slice.Entries.Select(ToItem).ToList();
        var next = items.Count > 0 ? items[^1].Cursor : slice.From.ToString();
        return new FeedPage(items, next, slice.Acknowledged.ToString());
    }

    /// <summary>
    /// Marks everything up to <paramref name="cursor"/> as received by <paramref name="reader"/>. The cursor already
    /// acknowledged may be acknowledged again; an earlier one, or one the feed has not reached, is refused.
    /// </summary>
    public Task<AcknowledgeOutcome> Acknowledge(long cursor, string reader, CancellationToken cancellationToken) =>
        store.Acknowledge(Agency.Slug(), cursor, reader, cancellationToken);

    /// <summary>
    /// Waits until an item after <paramref name="after"/> (default: any unacknowledged item) exists, or
    /// <paramref name="timeout"/> passes.
    /// </summary>
    public async Task WaitForItemsAfter(long? after, TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        while (true)
        {
            Task appended;
            lock (_gate) appended = _appended.Task;
            if (await store.HasItemsAfter(Agency.Slug(), after, cancellationToken)) return;
            var remaining = timeout - clock.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero) return;
            try
            {
                await appended.WaitAsync(remaining < RecheckInterval ? remaining : RecheckInterval, clock, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Look again: another replica may have appended, or the wait is over.
            }
        }
    }

    void WakeReaders()
    {
        TaskCompletionSource appended;
        lock (_gate)
        {
            appended = _appended;
            _appended = NewSignal();
        }
        appended.TrySetResult();
    }

    static FeedItem ToItem(FeedEntry entry) => new(entry.Cursor.ToString(), entry.DeliveryId, entry.MessageType, entry.Version,
        Enum.Parse<Agency>(entry.Sender, ignoreCase: true), entry.Purpose, entry.SourceMessageId, entry.DeliveredAt,
        JsonSerializer.Deserialize<JsonElement>(entry.Payload), DeliveryMarks.Read(entry.Marks));

    static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
