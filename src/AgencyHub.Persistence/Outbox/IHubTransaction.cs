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
}
