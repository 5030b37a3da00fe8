namespace AgencyHub.Messaging.Idempotency;

/// <summary>
/// The message ids each endpoint has processed, so a redelivered message has no second effect. Holds the most
/// recent <see cref="Capacity"/> ids per process; the durable inbox replaces it (issue 3).
/// </summary>
public sealed class ProcessedMessages
{
    /// <summary>How many processed ids are remembered.</summary>
    public const int Capacity = 200_000;

    readonly Lock _gate = new();
    readonly RecentIds<(Uri, Guid)> _done = new(Capacity);
    readonly HashSet<(Uri, Guid)> _inProgress = [];

    /// <summary>Claims a message for processing; false when it was processed already or is being processed.</summary>
    public bool TryBegin(Uri endpoint, Guid messageId)
    {
        lock (_gate)
            return !_done.Contains((endpoint, messageId)) && _inProgress.Add((endpoint, messageId));
    }

    /// <summary>Records a message as processed.</summary>
    public void Complete(Uri endpoint, Guid messageId)
    {
        lock (_gate)
        {
            _inProgress.Remove((endpoint, messageId));
            _done.Add((endpoint, messageId));
        }
    }

    /// <summary>Releases a claim after a failure, so a retry or redelivery can process the message.</summary>
    public void Abandon(Uri endpoint, Guid messageId)
    {
        lock (_gate) _inProgress.Remove((endpoint, messageId));
    }
}
