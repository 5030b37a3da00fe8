namespace AgencyHub.Messaging.Idempotency;

/// <summary>
/// The most recent ids seen, up to a capacity, forgetting the oldest first: enough to recognise a repeat without
/// growing for ever. Not thread-safe; callers hold their own lock.
/// </summary>
public sealed class RecentIds<T>(int capacity) where T : notnull
{
    readonly HashSet<T> _ids = [];
    readonly Queue<T> _order = new();

    /// <summary>True when <paramref name="id"/> is remembered.</summary>
    public bool Contains(T id) => _ids.Contains(id);

    /// <summary>Remembers <paramref name="id"/>; false when it was remembered already.</summary>
    public bool Add(T id)
    {
        if (!_ids.Add(id)) return false;
        _order.Enqueue(id);
        if (_order.Count > capacity) _ids.Remove(_order.Dequeue());
        return true;
    }
}
