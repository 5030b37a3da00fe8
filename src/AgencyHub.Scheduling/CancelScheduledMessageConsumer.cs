using MassTransit;
using MassTransit.Scheduling;
using Microsoft.Extensions.Logging;
using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// Deletes the trigger of a <see cref="CancelScheduledMessage"/>'s token, so its message is never sent. A token that is
/// unknown (never scheduled, already sent or already cancelled) is no error.
/// </summary>
public sealed class CancelScheduledMessageConsumer(ISchedulerFactory schedulers, ILogger<CancelScheduledMessageConsumer> logger)
    : IConsumer<CancelScheduledMessage>
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<CancelScheduledMessage> context)
    {
        var scheduler = await schedulers.GetScheduler(context.CancellationToken);
        var deleted = await scheduler.UnscheduleJob(ScheduledJobKeys.Trigger(context.Message.TokenId), context.CancellationToken);
        logger.LogDebug("Cancelled {TokenId}: {Outcome}", context.Message.TokenId, deleted ? "deleted" : "not scheduled");
    }
}
