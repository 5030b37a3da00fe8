using AgencyHub.Scheduling;
using MassTransit;
using MassTransit.Context;
using MassTransit.Serialization;
using Quartz;

namespace AgencyHub.Bench;

/// <summary>
/// Setup of (e): fills the scheduler's store with deadlines due long after the run, each the trigger the scheduler's
/// consumer would store, with a real envelope, in its token's shard. Straight into Quartz in batches of
/// <see cref="BatchSize"/> (one store transaction each) rather than through the bus, as it is setup, not measured.
/// </summary>
public static class PendingDeadlines
{
    const int BatchSize = 1000;

    /// <summary>Stores <paramref name="count"/> deadlines for <paramref name="destination"/>, due from a day ahead.</summary>
    public static async Task Insert(SchedulerShards shards, int count, Uri destination, SchedulerOptions options)
    {
        var dueFrom = DateTimeOffset.UtcNow.AddDays(1);
        for (var start = 0; start < count; start += BatchSize)
        {
            var deadlines = Enumerable.Range(start, Math.Min(BatchSize, count - start)).Select(i => (Index: i, Data: Deadline(i, destination)));
            foreach (var shard in deadlines.GroupBy(deadline => shards.NameOf(deadline.Data.TokenId)))
            {
                var triggers = shard.Select(d => ScheduledMessageJobs.Trigger(d.Data, dueFrom.AddSeconds(d.Index), options, TimeProvider.System)).ToList();
                var scheduler = shards.Scheduler(shard.Key);
                await scheduler.ScheduleJobs(new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>> { [ScheduledMessageJobs.Job] = triggers },
                    ScheduleJobOptions.Replacing);
            }
        }
    }

    static ScheduledMessageData Deadline(int index, Uri destination)
    {
        var send = new MessageSendContext<BenchDeadline>(new BenchDeadline(-1 - index, 0), CancellationToken.None)
        {
            DestinationAddress = destination,
        };
        var body = SystemTextJsonMessageSerializer.Instance.GetMessageBody(send).GetString();
        return new ScheduledMessageData(NewId.NextGuid(), destination, send.MessageId ?? NewId.NextGuid(), ScheduledBody.ContentType, body);
    }
}
