using AgencyHub.Messaging.Transport;

namespace AgencyHub.Persistence.Outbox;

/// <summary>
/// The database transaction a message is being consumed in, found as a payload of the consume context. The saga
/// repository works inside it, so the saga's new state, the outbox messages and the inbox record commit together.
/// </summary>
public interface IHubTransaction : IConsumeTransaction
{
    /// <summary>The context whose transaction is open.</summary>
    HubDbContext Db { get; }

    /// <summary>
    /// Runs <paramref name="work"/> last, once everything else has been saved and just before the commit: for a write
    /// that locks a row other transactions wait for (a feed's head), so that it holds the lock as briefly as possible.
    /// </summary>
    void BeforeCommit(Func<CancellationToken, Task> work);
}
