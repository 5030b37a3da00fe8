using System.Collections.Concurrent;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Persistence.Cases;
using AgencyHub.Sagas;
using AgencyHub.Sagas.Cases;
using MassTransit;

namespace AgencyHub.Bench;

/// <summary>
/// Watches the PPO case saga's endpoint in the orchestrator: a case event is done when the endpoint has finished
/// receiving it, which is after its transaction (case, inbox, outbox) committed and the outbox delivered. Events are
/// recognised by the message id the case intake gives them, derived from the agency's message and the case, so
/// the bench reads no message bodies in the host it measures.
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

    /// <summary>
    /// Times the case event that <paramref name="sourceMessageId"/> causes for <paramref name="caseId"/> as message
    /// <paramref name="index"/> of <paramref name="timings"/>.
    /// </summary>
    public void Expect(Guid sourceMessageId, Guid caseId, Timings timings, int index) =>
        // As CaseIntake names the event; should it ever name them otherwise, every event shows up as missing.
        _expected[CaseIntake.EventId(sourceMessageId, caseId)] = (timings, index);

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

    static bool IsSagaEndpoint(ReceiveContext context) => context.InputAddress.AbsolutePath.EndsWith("/" + HubLogic.CaseSagaQueue);

    /// <summary>The case of a person in the bench's scheme.</summary>
    public static Guid CaseOf(Guid personId) => PpoCaseIds.For(personId, PpoMessages.SchemeCode);
}
