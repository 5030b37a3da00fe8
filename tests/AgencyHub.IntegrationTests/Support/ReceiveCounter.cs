using MassTransit;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>
/// Observes a host's bus and counts, per queue and message id, how often a receive endpoint has finished with a
/// message (consumed, skipped as a duplicate, or moved to the error queue) and how often it faulted, so a test can
/// wait for the work it caused instead of sleeping.
/// </summary>
public sealed class ReceiveCounter : IReceiveObserver
{
    readonly Lock _gate = new();
    readonly Dictionary<(string Queue, Guid MessageId), int> _finished = [];
    readonly Dictionary<(string Queue, Guid MessageId), int> _faulted = [];
    TaskCompletionSource _changed = NewSignal();

    /// <summary>How often <paramref name="queue"/> has finished with <paramref name="messageId"/>.</summary>
    public int Finished(string queue, Guid messageId)
    {
        lock (_gate) return _finished.GetValueOrDefault((queue, messageId));
    }

    /// <summary>How often <paramref name="queue"/> failed to consume <paramref name="messageId"/>.</summary>
    public int Faulted(string queue, Guid messageId)
    {
        lock (_gate) return _faulted.GetValueOrDefault((queue, messageId));
    }

    /// <summary>Waits until <paramref name="queue"/> has finished with the message <paramref name="times"/> times.</summary>
    public async Task WaitUntilFinished(string queue, Guid messageId, int times = 1)
    {
        var deadline = DateTime.UtcNow + Timeouts.Message;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_finished.GetValueOrDefault((queue, messageId)) >= times) return;
                changed = _changed.Task;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(changed, Task.Delay(left)) != changed)
                throw new TimeoutException(
                    $"{queue} finished with message {messageId} {Finished(queue, messageId)} of {times} times within {Timeouts.Message}");
        }
    }

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    // Called once a message is done with: consumed, skipped, or moved to the error queue after a fault.
    public Task PostReceive(ReceiveContext context) => Record(_finished, context);

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class =>
        Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Record(_faulted, context);

    Task Record(Dictionary<(string, Guid), int> counts, ReceiveContext context)
    {
        if (context.GetMessageId() is not { } id) return Task.CompletedTask;
        var queue = context.InputAddress.AbsolutePath.Split('/')[^1];
        TaskCompletionSource changed;
        lock (_gate)
        {
            counts[(queue, id)] = counts.GetValueOrDefault((queue, id)) + 1;
            changed = _changed;
            _changed = NewSignal();
        }
        changed.TrySetResult();
        return Task.CompletedTask;
    }

    static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
