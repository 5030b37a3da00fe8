using MassTransit;

namespace AgencyHub.Tests.Support;

/// <summary>
/// Follows a conversation through the hub: every message sent in it is expected at one endpoint, a published one
/// at as many as the test says, and the conversation is quiet once each has been finished with (consumed, skipped
/// as a duplicate, or faulted). Sends from inside a consumer, outbox deliveries included, happen before that
/// consumer finishes, so "everything expected is finished" means nothing more is coming: tests wait for exactly
/// the work they caused instead of sleeping.
/// </summary>
public sealed class ReceiveTracker : IReceiveObserver, ISendObserver
{
    readonly Lock _gate = new();
    readonly Dictionary<Guid, int> _expected = [];
    readonly Dictionary<Guid, int> _finished = [];
    readonly Dictionary<Guid, HashSet<Guid>> _conversations = [];

    /// <summary>Expects <paramref name="endpoints"/> more receives of a message the test publishes.</summary>
    public void Expect(Guid conversationId, Guid messageId, int endpoints)
    {
        lock (_gate) Add(conversationId, messageId, endpoints);
    }

    /// <summary>Polls until every message expected in the conversation has been finished with.</summary>
    public Task WaitForQuiet(Guid conversationId) =>
        Poll.Until(() => Pending(conversationId) == 0, () => $"conversation {conversationId} to go quiet ({Pending(conversationId)} receives pending)");

    /// <summary>Polls until every message expected in any conversation has been finished with.</summary>
    public Task WaitForAllQuiet() =>
        Poll.Until(() => PendingEverywhere() == 0, () => $"the hub to go quiet ({PendingEverywhere()} receives pending)");

    int PendingEverywhere()
    {
        lock (_gate) return _expected.Sum(e => Math.Max(0, e.Value - _finished.GetValueOrDefault(e.Key)));
    }

    int Pending(Guid conversationId)
    {
        lock (_gate)
            return _conversations.TryGetValue(conversationId, out var ids)
                ? ids.Sum(id => Math.Max(0, _expected[id] - _finished.GetValueOrDefault(id)))
                : 0;
    }

    void Add(Guid conversationId, Guid messageId, int receives)
    {
        if (!_conversations.TryGetValue(conversationId, out var ids)) _conversations[conversationId] = ids = [];
        ids.Add(messageId);
        _expected[messageId] = _expected.GetValueOrDefault(messageId) + receives;
    }

    public Task PostSend<T>(SendContext<T> context) where T : class
    {
        if (context is { ConversationId: { } conversation, MessageId: { } id })
            lock (_gate) Add(conversation, id, 1);
        return Task.CompletedTask;
    }

    // MassTransit calls PostReceive once an endpoint is done with a message, including one it moved to the error
    // queue after a fault; ReceiveFault comes as well for those, so counting it too would count a fault twice.
    public Task PostReceive(ReceiveContext context)
    {
        if (context.GetMessageId() is { } id)
            lock (_gate) _finished[id] = _finished.GetValueOrDefault(id) + 1;
        return Task.CompletedTask;
    }

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class =>
        Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;

    public Task PreSend<T>(SendContext<T> context) where T : class => Task.CompletedTask;

    public Task SendFault<T>(SendContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
