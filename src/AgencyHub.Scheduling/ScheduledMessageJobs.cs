using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>The Quartz job and trigger of a scheduled message, both named by its token.</summary>
public static class ScheduledMessageJobs
{
    /// <summary>The job sending <paramref name="scheduled"/>, with its data.</summary>
    public static IJobDetail Job(ScheduledMessageData scheduled) => JobBuilder.Create<ScheduledMessageJob>()
        .WithIdentity(ScheduledJobKeys.Job(scheduled.TokenId))
        .UsingJobData(scheduled.ToJobData())
        // A node that dies while sending: another (or the next start) sends again; the receiver's inbox drops the repeat.
        .RequestRecovery(true)
        .Build();

    /// <summary>The trigger firing <paramref name="job"/> once at <paramref name="dueAt"/>.</summary>
    public static ITrigger Trigger(IJobDetail job, DateTimeOffset dueAt, SchedulerOptions options, TimeProvider clock) =>
        TriggerBuilder.Create(clock)
            .WithIdentity(new TriggerKey(job.Key.Name, job.Key.Group))
            .ForJob(job)
            .StartAt(dueAt)
            // Due while the scheduler was down: fire as soon as it is back, never skip.
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            // A failed send is retried with back-off until it succeeds; MaxValue attempts means never give up on it.
            .WithRetryPolicy(RetryPolicy.Exponential(int.MaxValue, options.RetryMinDelay, 2, options.RetryMaxDelay))
            .Build();
}
