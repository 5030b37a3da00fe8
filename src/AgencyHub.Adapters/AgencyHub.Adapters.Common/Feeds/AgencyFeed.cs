using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Idempotency;

namespace AgencyHub.Adapters.Common.Feeds;

/// <summary>
/// The messages waiting for one agency, in arrival order, each with a sequence number as its cursor. Delivery is
/// at least once: items stay until the agency acknowledges a cursor at or past them, and a read that does not say
/// where to start begins at the acknowledged cursor, so an unacknowledged item is offered again. A delivery id seen
/// before is not appended twice. Pending items hold the consecutive cursors after the acknowledged one, so a read
/// or an acknowledgement finds its place by arithmetic. Held in memory; durable storage comes with issue 3.
/// </summary>
public sealed class AgencyFeed(Agency agency)
{
    /// <summary>How many recent delivery ids are remembered to suppress repeats.</summary>
    public const int RememberedDeliveries = 100_000;

    readonly Lock _gate = new();
    readonly List<FeedItem> _pending = [];
    readonly RecentIds<Guid> _seen = new(RememberedDeliveries);
    TaskCompletionSource _appended = NewSignal();
    long _last;
    long _acknowledged;

    /// <summary>The agency this feed belongs to.</summary>
    public Agency Agency { get; } = agency;

    /// <summary>The acknowledged position.</summary>
    public long Acknowledged
    {
        get { lock (_gate) return _acknowledged; }
    }

    /// <summary>Adds a delivery; false when the same delivery id was already appended.</summary>
    public bool Append(AgencyDelivery delivery)
    {
        TaskCompletionSource appended;
        lock (_gate)
        {
            if (!_seen.Add(delivery.DeliveryId)) return false;
            _last++;
            _pending.Add(new FeedItem(_last.ToString(), delivery.DeliveryId, delivery.MessageType, delivery.Version,
                delivery.Sender, delivery.Purpose, delivery.SourceMessageId, delivery.DeliveredAt, delivery.Payload));
            appended = _appended;
            _appended = NewSignal();
        }
        appended.TrySetResult();
        return true;
    }

    /// <summary>Up to <paramref name="limit"/> items after <paramref name="after"/> (default: the acknowledged cursor).</summary>
    public FeedPage Read(long? after, int limit)
    {
        lock (_gate)
        {
            var from = Math.Clamp(after ?? _acknowledged, _acknowledged, _last);
            var start = (int)(from - _acknowledged);
            var items = _pending.GetRange(start, Math.Min(limit, _pending.Count - start));
            var next = items.Count > 0 ? items[^1].Cursor : from.ToString();
            return new FeedPage(items, next, _acknowledged.ToString());
        }
    }

    /// <summary>
    /// Marks everything up to <paramref name="cursor"/> as received. Acknowledging an older cursor again is
    /// harmless; a cursor the feed has not reached is refused.
    /// </summary>
    public bool Acknowledge(long cursor)
    {
        lock (_gate)
        {
            if (cursor > _last || cursor < 0) return false;
            if (cursor <= _acknowledged) return true;
            _pending.RemoveRange(0, (int)(cursor - _acknowledged));
            _acknowledged = cursor;
            return true;
        }
    }

    /// <summary>Waits until an item after <paramref name="after"/> exists, or <paramref name="timeout"/> passes.</summary>
    public async Task WaitForItemsAfter(long after, TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        Task appended;
        lock (_gate)
        {
            if (_last > Math.Max(after, _acknowledged)) return;
            appended = _appended.Task;
        }
        try
        {
            await appended.WaitAsync(timeout, clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            // An empty page is the answer to a wait that timed out.
        }
    }

    static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
