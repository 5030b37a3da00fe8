using System.Runtime.CompilerServices;
using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// The Quartz job that sends scheduled messages, and the trigger of each message, which carries what to send. One
/// durable job rather than one per message: a firing that deletes a job with its last trigger has to count the job's
/// triggers under Quartz's TRIGGER_ACCESS lock, so one-off jobs complete one at a time across the cluster, while a
/// spent trigger of a durable job is deleted without the lock (Quartz 4.7, AdoJobStoreBase.CompletionTakesLock). A
/// burst of deadlines due together drains in parallel that way.
/// </summary>
public static class ScheduledMessageJobs
{
    /// <summary>The job, stored once per store.</summary>
    public static IJobDetail Job { get; } = JobBuilder.Create<ScheduledMessageJob>()
        .WithIdentity(ScheduledJobKeys.Job)
        .StoreDurably()
        // A node that dies while sending: another (or the next start) sends again; the receiver's inbox drops the repeat.
        .RequestRecovery(true)
        .Build();

    // The schedulers (shards) seen to hold the job in their store. Asking the store each time costs a transaction of its
    // own per scheduled message; the job is durable, so once there it stays.
    static readonly ConditionalWeakTable<IScheduler, object> Stored = new();

    // Stores the job unless the store has it, asking once per scheduler.
    static async Task EnsureJob(IScheduler scheduler, CancellationToken cancellationToken)
    {
        if (Stored.TryGetValue(scheduler, out _)) return;
        if (!await scheduler.Exists(ScheduledJobKeys.Job, cancellationToken))
            await scheduler.AddJob(Job, AddJobOptions.Replacing, cancellationToken);
        Stored.AddOrUpdate(scheduler, Job);
    }

    /// <summary>
    /// Stores <paramref name="trigger"/> of <see cref="Job"/>, replacing one of the same key. Should the job have gone
    /// from the store after all (a store restored from an old copy), it is looked for again on the retry.
    /// </summary>
    public static async Task Schedule(IScheduler scheduler, ITrigger trigger, CancellationToken cancellationToken)
    {
        await EnsureJob(scheduler, cancellationToken);
        try
        {
            await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
        }
        catch (JobPersistenceException)
        {
            Stored.Remove(scheduler);
            throw;
        }
    }

    /// <summary>The most a message is sent after its due time by <see cref="Trigger"/>'s offset.</summary>
    public static TimeSpan MaxOffset { get; } = TimeSpan.FromMilliseconds(1);

    /// <summary>
    /// The trigger sending <paramref name="scheduled"/> once, at <paramref name="dueAt"/> plus an offset of its token's
    /// under <see cref="MaxOffset"/>. Quartz claims a due trigger with an UPDATE that matches its state and fire time
    /// besides its key, which PostgreSQL may serve from the (state, fire time) index; for deadlines due at one instant
    /// (the start of a day, say) each claim then reads every other one (bench (e): a hundred rows per claim). The
    /// offset makes their fire times distinct, and never early. A message already due (a request that waited in the
    /// queue) fires now, with no offset, rather than as a misfire at the next misfire scan.
    /// </summary>
    public static ITrigger Trigger(ScheduledMessageData scheduled, DateTimeOffset dueAt, SchedulerOptions options, TimeProvider clock) =>
        TriggerBuilder.Create(clock)
            .WithIdentity(ScheduledJobKeys.Trigger(scheduled.TokenId))
            .ForJob(ScheduledJobKeys.Job)
            .UsingJobData(scheduled.ToJobData())
            .StartAt(FireTime(scheduled.TokenId, dueAt, clock.GetUtcNow()))
            // Due while the scheduler was down: fire as soon as it is back, never skip.
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            // A failed send is retried with back-off until it succeeds; MaxValue attempts means never give up on it.
            .WithRetryPolicy(RetryPolicy.Exponential(int.MaxValue, options.RetryMinDelay, 2, options.RetryMaxDelay))
            .Build();

    static DateTimeOffset FireTime(Guid tokenId, DateTimeOffset dueAt, DateTimeOffset now) =>
        dueAt > now ? dueAt + OffsetOf(tokenId) : now;

    // Not the hash's low bits, which pick the token's shard: within a shard those would all agree.
    static TimeSpan OffsetOf(Guid tokenId) => TimeSpan.FromTicks(TokenHash.Of(tokenId) / 64 % MaxOffset.Ticks);
}
