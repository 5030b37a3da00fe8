using MassTransit;
using MassTransit.Scheduling;
using Microsoft.Extensions.Logging;
using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// Deletes the trigger of a <see cref="CancelScheduledMessage"/>'s token from the token's shard, so its message is
/// never sent. A token that is unknown (never scheduled, already sent or already cancelled) is no error; a request from
/// anyone but the hub is refused.
/// </summary>
public sealed class CancelScheduledMessageConsumer(SchedulerShards shards, ILogger<CancelScheduledMessageConsumer> logger)
    : IConsumer<CancelScheduledMessage>
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<CancelScheduledMessage> context)
    {
        ScheduleRequests.CheckCanceller(context);
        var scheduler = shards.For(context.Message.TokenId);
        var deleted = await scheduler.UnscheduleJob(ScheduledJobKeys.Trigger(context.Message.TokenId), context.CancellationToken);
        logger.LogDebug("Cancelled {TokenId}: {Outcome}", context.Message.TokenId, deleted ? "deleted" : "not scheduled");
    }
}
