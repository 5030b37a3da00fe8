using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Persistence.Feeds;
using AgencyHub.Persistence.Outbox;

namespace AgencyHub.Adapters.Common.Feeds;

/// <summary>
/// The messages waiting for one agency, in the database (<see cref="FeedStore"/>), each with a sequence number as
/// its cursor. Delivery is at least once: items stay until the agency acknowledges a cursor at or past them, and a
/// read that does not say where to start begins at the acknowledged cursor, so an unacknowledged item is offered
/// again. A reader waiting for items is woken as soon as an append in this process commits, and looks again every
/// <see cref="RecheckInterval"/> for appends by other replicas of the adapter.
/// </summary>
public sealed class AgencyFeed(Agency agency, FeedStore store)
{
    /// <summary>How often a waiting reader looks for items appended by another process.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    readonly Lock _gate = new();
    TaskCompletionSource _appended = NewSignal();

    /// <summary>The agency this feed belongs to.</summary>
    public Agency Agency { get; } = agency;

    /// <summary>
    /// Adds a delivery in the consumer's transaction, last before its commit (the feed's head stays locked from the
    /// append to the commit); waiting readers are woken once it commits.
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
        };
        transaction.BeforeCommit(cancellationToken =>
            store.Append(transaction.Db, entry, delivery.Agreement, delivery.PersonReference, cancellationToken));
        transaction.AfterCommit(WakeReaders);
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
        JsonSerializer.Deserialize<JsonElement>(entry.Payload));

    static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
