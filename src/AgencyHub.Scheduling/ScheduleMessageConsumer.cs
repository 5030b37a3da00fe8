using MassTransit;
using MassTransit.Scheduling;
using Microsoft.Extensions.Logging;
using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// Stores a <see cref="ScheduleMessage"/>, in its token's shard, as a Quartz trigger named by the token
/// (<see cref="ScheduleMessage.CorrelationId"/>), due at its scheduled time, of the job that sends scheduled messages.
/// Scheduling a token again replaces its trigger, so a redelivered or repeated request has no second effect. A request
/// that its sender may not make (to anywhere but the hub's own queues, or a redelivery) is refused (<see cref="ScheduleRequests"/>).
/// </summary>
public sealed class ScheduleMessageConsumer(SchedulerShards shards, SchedulerOptions options, TimeProvider clock,
    ILogger<ScheduleMessageConsumer> logger) : IConsumer<ScheduleMessage>
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<ScheduleMessage> context)
    {
        var message = context.Message;
        ScheduleRequests.Check(context);
        // A redelivery goes out under the id of the message it brings back, so the receiver's inbox knows it if its
        // first handling committed after all (the failure came later); anything else under the request's own id.
        var messageId = ScheduleRequests.RedeliveredMessageId(context) ?? context.MessageId ?? message.CorrelationId;
        var scheduled = new ScheduledMessageData(message.CorrelationId, message.Destination, messageId, ScheduledBody.ContentType,
            ScheduledBody.Serialize(context));
        var dueAt = DueAt(message.ScheduledTime);
        var trigger = ScheduledMessageJobs.Trigger(scheduled, dueAt, options, clock);

        await ScheduledMessageJobs.Schedule(shards.For(scheduled.TokenId), trigger, context.CancellationToken);
        logger.LogDebug("Scheduled {TokenId} for {Destination} at {DueAt:O}", scheduled.TokenId, scheduled.Destination, dueAt);
    }

    static DateTimeOffset DueAt(DateTime scheduledTime) => scheduledTime.Kind == DateTimeKind.Local
        ? new DateTimeOffset(scheduledTime.ToUniversalTime())
        : new DateTimeOffset(DateTime.SpecifyKind(scheduledTime, DateTimeKind.Utc));
}
