using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// The message scheduler is several Quartz schedulers on one store, each under its own name (the <c>SCHED_NAME</c> of
/// its rows, with its own locks and cluster), and each owning the tokens that hash to it. A Quartz scheduler fires
/// from one loop, round after round, and every trigger costs that loop a few statements; shards drain a burst of
/// deadlines due together in parallel loops instead of one (bench (e)). A token always hashes to the same shard, so its
/// schedule, replacement and cancellation meet on one scheduler.
/// </summary>
public sealed class SchedulerShards(IServiceProvider services, IReadOnlyList<string> names)
{
    /// <summary>
    /// Shards on PostgreSQL. Fixed rather than a setting: a token's shard follows from the count, so changing it would
    /// strand triggers stored under a name no longer run, and send a cancellation to the wrong one.
    /// </summary>
    public const int OnPostgres = 8;

    /// <summary>On SQLite, which runs one store operation at a time whatever runs it, one shard.</summary>
    public const int OnSqlite = 1;

    /// <summary>The name of every shard, for a store of <paramref name="count"/>.</summary>
    public static IReadOnlyList<string> Names(int count) =>
        [.. Enumerable.Range(0, count).Select(shard => $"agencyhub-scheduler-{shard}")];

    /// <summary>The shards' names.</summary>
    public IReadOnlyList<string> All => names;

    /// <summary>The scheduler that owns <paramref name="tokenId"/>.</summary>
    public IScheduler For(Guid tokenId) => Scheduler(NameOf(tokenId));

    /// <summary>The scheduler of the shard named <paramref name="name"/>.</summary>
    public IScheduler Scheduler(string name) => services.GetRequiredKeyedService<IScheduler>(name);

    /// <summary>The name of the shard that owns <paramref name="tokenId"/>.</summary>
    public string NameOf(Guid tokenId) => names[(int)(TokenHash.Of(tokenId) % (uint)names.Count)];
}
