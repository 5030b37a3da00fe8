namespace AgencyHub.Scheduling;

/// <summary>How the hub's message scheduler runs (configuration section <c>Scheduler</c>).</summary>
public sealed class SchedulerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Scheduler";

    /// <summary>
    /// The database of Quartz's tables (prefix <c>qrtz_</c>); unset, the hub's own (<c>Persistence:ConnectionString</c>,
    /// on <c>Persistence:Provider</c>).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Due messages a host sends at once, shared out between its <see cref="SchedulerShards"/>. A fire mostly waits (on
    /// the broker's confirmation, on the store's commit), not on the CPU, so a burst of deadlines due together needs many
    /// in hand.
    /// </summary>
    public int ThreadCount { get; set; } = 128;

    /// <summary>
    /// Triggers a shard takes from the store in one round, at most its threads; 0 takes as many as it has threads. Each
    /// round costs a few round trips and a commit whatever its size, so a burst drains far faster in batches than one
    /// by one.
    /// </summary>
    public int MaxBatchSize { get; set; }

    /// <summary>
    /// How far ahead of its due time a trigger may be taken into the current round (and fire early by up to this much):
    /// lets a round fill with the triggers just behind the first instead of waiting for each.
    /// </summary>
    public TimeSpan AcquisitionWindow { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How often the store is asked again when nothing is due (at least one second).</summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How late a trigger may be and still count as on time. A later one has misfired and fires at once (while the
    /// scheduler was down, or the store busy): a missed deadline is never skipped.
    /// </summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>On PostgreSQL (clustered): how often each node records it is alive, so the others recover its work if not.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The first wait before a failed send is tried again; it doubles up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts of a failed send, which is retried until it succeeds.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(1);
}
