using System.Collections.Concurrent;
using System.Text.Json;
using MassTransit;
using MassTransit.Scheduling;
using MassTransit.Serialization;

namespace AgencyHub.Tests.Support;

/// <summary>
/// Stands in for the hub's Quartz scheduler in harness tests, on the same queue and messages, so sagas schedule
/// exactly as in production; the test's clock decides when a deadline is due. (MassTransit's in-memory delay
/// provider cannot hold a delay beyond about 49 days, and the hub's review deadlines run to years.) A schedule due
/// already is sent at once, as the real scheduler fires a missed trigger at once.
/// </summary>
public sealed class ManualScheduler(TimeProvider clock, IBus bus)
{
    sealed record Pending(DateTimeOffset DueAt, Uri Destination, JsonElement Payload, string MessageType, Guid MessageId, Guid? ConversationId);

    readonly ConcurrentDictionary<Guid, Pending> _pending = new();

    /// <summary>How many deadlines wait.</summary>
    public int Count => _pending.Count;

    /// <summary>Sends every deadline now due, each with the scheduling token its saga checks.</summary>
    public async Task SendDue()
    {
        foreach (var (token, pending) in _pending.Where(p => p.Value.DueAt <= clock.GetUtcNow()).OrderBy(p => p.Value.DueAt).ToList())
            if (_pending.TryRemove(token, out _)) await Send(token, pending);
    }

    async Task Schedule(ConsumeContext<ScheduleMessage> context)
    {
        var message = context.Message;
        // By delay, like the sagas: the message's instant is on the real clock, the due time on the test's.
        var dueAt = clock.GetUtcNow() + (message.ScheduledTime - DateTime.UtcNow);
        var pending = new Pending(dueAt, message.Destination, (JsonElement)message.Payload, message.PayloadType[0],
            context.MessageId ?? NewId.NextGuid(), context.ConversationId);
        _pending[message.CorrelationId] = pending;
        if (dueAt <= clock.GetUtcNow() && _pending.TryRemove(message.CorrelationId, out _)) await Send(message.CorrelationId, pending);
    }

    async Task Send(Guid token, Pending pending)
    {
        var type = ScheduledTypes.Single(t => MessageUrn.ForTypeString(t) == pending.MessageType);
        var endpoint = await bus.GetSendEndpoint(pending.Destination);
        await endpoint.Send(pending.Payload.Deserialize(type, SystemTextJsonMessageSerializer.Options)!, type, send =>
        {
            send.MessageId = pending.MessageId;
            send.ConversationId = pending.ConversationId;
            send.Headers.Set(MessageHeaders.SchedulingTokenId, token.ToString("N"));
        });
    }

    // The hub's deadline messages: the records the sagas schedule.
    static readonly Type[] ScheduledTypes = typeof(Sagas.HubLogic).Assembly.GetTypes()
        .Where(t => t.IsClass && typeof(Sagas.Deadlines.ICaseDeadline).IsAssignableFrom(t))
        .Concat([typeof(Sagas.Sharing.AgreementReviewNoticeDue), typeof(Sagas.Sharing.AgreementLapseDue)])
        .ToArray();

    /// <summary>The consumer on the scheduler queue.</summary>
    public sealed class Endpoint(ManualScheduler scheduler) : IConsumer<ScheduleMessage>, IConsumer<CancelScheduledMessage>
    {
        /// <inheritdoc />
        public Task Consume(ConsumeContext<ScheduleMessage> context) => scheduler.Schedule(context);

        /// <inheritdoc />
        public Task Consume(ConsumeContext<CancelScheduledMessage> context)
        {
            scheduler._pending.TryRemove(context.Message.TokenId, out _);
            return Task.CompletedTask;
        }
    }
}
