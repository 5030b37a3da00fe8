using MassTransit;

namespace AgencyHub.Tests.Support;

/// <summary>
/// Counts, per message id, the receive endpoints that have finished with a message (consumed, skipped as a
/// duplicate, or faulted), so a test can wait for exactly the work it caused instead of sleeping.
/// </summary>
public sealed class ReceiveTracker : IReceiveObserver
{
    readonly Lock _gate = new();
    readonly Dictionary<Guid, int> _finished = [];

    public int Finished(Guid messageId)
    {
        lock (_gate) return _finished.GetValueOrDefault(messageId);
    }

    /// <summary>Polls until <paramref name="count"/> endpoints have finished with the message.</summary>
    public Task WaitFor(Guid messageId, int count) =>
        Poll.Until(() => Finished(messageId) >= count, () => $"message {messageId} to reach {count} endpoints (reached {Finished(messageId)})");

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    // MassTransit calls PostReceive once an endpoint is done with a message, including one it moved to the error
    // queue after a fault; ReceiveFault comes as well for those, so counting it too would count a fault twice.
    public Task PostReceive(ReceiveContext context)
    {
        if (context.GetMessageId() is { } id)
            lock (_gate) _finished[id] = _finished.GetValueOrDefault(id) + 1;
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class =>
        Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
