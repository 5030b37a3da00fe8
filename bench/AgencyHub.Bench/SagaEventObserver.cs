using System.Collections.Concurrent;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Persistence.Cases;
using AgencyHub.Sagas;
using AgencyHub.Sagas.Intake;
using MassTransit;

namespace AgencyHub.Bench;

/// <summary>
/// Watches the hub's intake in the orchestrator: an agency message is done when the endpoint has finished receiving it,
/// which is after its transaction (register, cases, inbox, outbox) committed and the outbox delivered. Messages are
/// recognised by their message id, so the bench reads no message bodies in the host it measures.
/// </summary>
public sealed class SagaEventObserver : IReceiveObserver
{
    readonly ConcurrentDictionary<Guid, (Timings Timings, int Index)> _expected = new();
    int _finished;
    int _faulted;

    /// <summary>Case events the endpoint finished with, expected or not.</summary>
    public int Finished => Volatile.Read(ref _finished);

    /// <summary>Case events that failed every retry (and went to the error queue).</summary>
    public int Faulted => Volatile.Read(ref _faulted);

    /// <summary>Times the message <paramref name="messageId"/> as message <paramref name="index"/> of <paramref name="timings"/>.</summary>
    public void Expect(Guid messageId, Timings timings, int index) => _expected[messageId] = (timings, index);

    public Task PostReceive(ReceiveContext context)
    {
        if (!IsSagaEndpoint(context)) return Task.CompletedTask;
        if (context.IsFaulted) return ReceiveFault(context, null);
        Interlocked.Increment(ref _finished);
        if (context.GetMessageId() is { } id && _expected.TryGetValue(id, out var expected))
            expected.Timings.Receive(expected.Index);
        return Task.CompletedTask;
    }

    public Task ReceiveFault(ReceiveContext context, Exception? exception)
    {
        if (IsSagaEndpoint(context)) Interlocked.Increment(ref _faulted);
        return Task.CompletedTask;
    }

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class =>
        Task.CompletedTask;

    static bool IsSagaEndpoint(ReceiveContext context) => context.InputAddress.AbsolutePath.EndsWith("/" + HubIntake.Queue);

}
