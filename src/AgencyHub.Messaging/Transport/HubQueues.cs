namespace AgencyHub.Messaging.Transport;

/// <summary>
/// The hub's own queues are named <c>hub-…</c> (routing, cases, the case saga, the selection matrix, the scheduler):
/// the only places the scheduler sends what falls due, and the names broker permissions keep for the orchestrator.
/// </summary>
public static class HubQueues
{
    /// <summary>The prefix of every hub queue's name.</summary>
    public const string Prefix = "hub-";

    /// <summary>Whether <paramref name="address"/> (<c>queue:hub-…</c> or a transport address) is one of the hub's queues other than the scheduler's.</summary>
    public static bool IsScheduledDestination(Uri address)
    {
        var name = QueueAddress.NameOf(address);
        return name.StartsWith(Prefix, StringComparison.Ordinal) && name != SchedulerQueue.Name;
    }
}
