namespace AgencyHub.Messaging.Transport;

/// <summary>
/// The transaction a message is consumed in, found as a payload of the consume context where a database outbox runs
/// the consumer. What happens outside the database (the journal, waking readers) waits for its commit, so a round
/// that rolls back and is retried, or a repeat that finds the message consumed, leaves no trace.
/// </summary>
public interface IConsumeTransaction
{
    /// <summary>Runs <paramref name="action"/> once the transaction has committed, and not at all if it does not.</summary>
    void AfterCommit(Action action);
}
