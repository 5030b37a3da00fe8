using MassTransit;
using MassTransit.Scheduling;
using Microsoft.Extensions.Logging;
using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// Stores a <see cref="ScheduleMessage"/> as a Quartz job and trigger named by its token
/// (<see cref="ScheduleMessage.CorrelationId"/>), due at its scheduled time. Scheduling a token again replaces its
/// job and trigger, so a redelivered or repeated request has no second effect.
/// </summary>
public sealed class ScheduleMessageConsumer(ISchedulerFactory schedulers, SchedulerOptions options, TimeProvider clock,
    ILogger<ScheduleMessageConsumer> logger) : IConsumer<ScheduleMessage>
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<ScheduleMessage> context)
    {
        var message = context.Message;
        var scheduled = new ScheduledMessage(message.CorrelationId, message.Destination,
            context.MessageId ?? message.CorrelationId, ScheduledBody.ContentType, ScheduledBody.Serialize(context));
        // Already due (a request that waited in the queue): fire now, rather than as a misfire at the next misfire scan.
        var dueAt = Max(DueAt(message.ScheduledTime), clock.GetUtcNow());

        var job = JobBuilder.Create<ScheduledMessageJob>()
            .WithIdentity(ScheduledJobKeys.Job(scheduled.TokenId))
            .UsingJobData(scheduled.ToJobData())
            // A node that dies while sending: another (or the next start) sends again; the receiver's inbox drops the repeat.
            .RequestRecovery(true)
            .Build();
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(ScheduledJobKeys.Trigger(scheduled.TokenId))
            .ForJob(job)
            .StartAt(dueAt)
            // Due while the scheduler was down: fire as soon as it is back, never skip.
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            // A failed send is retried with back-off until it succeeds; MaxValue attempts means never give up on it.
            .WithRetryPolicy(RetryPolicy.Exponential(int.MaxValue, options.RetryMinDelay, 2, options.RetryMaxDelay))
            .Build();

        var scheduler = await schedulers.GetScheduler(context.CancellationToken);
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, context.CancellationToken);
        logger.LogDebug("Scheduled {TokenId} for {Destination} at {DueAt:O}", scheduled.TokenId, scheduled.Destination, dueAt);
    }

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    static DateTimeOffset DueAt(DateTime scheduledTime) => scheduledTime.Kind == DateTimeKind.Local
        ? new DateTimeOffset(scheduledTime.ToUniversalTime())
        : new DateTimeOffset(DateTime.SpecifyKind(scheduledTime, DateTimeKind.Utc));
}
