using AgencyHub.Messaging.Transport;
using MassTransit;
using Microsoft.Extensions.Logging;
using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// Sends a scheduled message at its due time: to its destination, with the scheduling token header (state machines
/// accept a scheduled event only when it carries their token) and the id of the request that scheduled it (a
/// redelivery, the id of the message it brings back), so a repeated fire (recovery after a crash) is a duplicate the receiver's inbox drops. A failed send is logged and
/// thrown back to Quartz, whose retry policy on the trigger fires it again later.
/// </summary>
public sealed class ScheduledMessageJob(IBus bus, ILogger<ScheduledMessageJob> logger) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ScheduledMessageData? scheduled = null;
        try
        {
            scheduled = ScheduledMessageData.FromJobData(context.MergedJobDataMap);
            var envelope = ScheduledBody.Deserialize(scheduled);
            var endpoint = await bus.GetSendEndpoint(scheduled.Destination);
            await StoredEnvelope.Send(endpoint, envelope, scheduled.MessageId,
                send => send.Headers.Set(MessageHeaders.SchedulingTokenId, scheduled.TokenId.ToString()), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Scheduled message {TokenId} (job {Job}) to {Destination} failed to send on attempt {Attempt}; it will be retried",
                scheduled?.TokenId, context.JobDetail.Key, scheduled?.Destination, context.RetryAttempt + 1);
            throw new JobExecutionException(exception);
        }
    }
}
