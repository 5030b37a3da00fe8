using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// Starts every shard's Quartz scheduler with the host and shuts them down with it, letting sends in progress finish.
/// Quartz opens its store as it starts, so a database that is down would fail the host's start; instead this keeps
/// trying in the background (as the hub's other hosts keep running and answer 503 while the database is away), logging
/// each failure.
/// </summary>
public sealed class SchedulerService(SchedulerShards shards, ILogger<SchedulerService> logger) : BackgroundService
{
    static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    readonly List<IScheduler> _started = [];

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var name in shards.All)
            for (var delay = TimeSpan.FromSeconds(1); ; delay = Min(delay * 2, MaxRetryDelay))
            {
                try
                {
                    var scheduler = shards.Scheduler(name);
                    await scheduler.Start(stoppingToken);
                    lock (_started) _started.Add(scheduler);
                    break;
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(exception, "The message scheduler {Shard} could not start (is its database up?); trying again in {Delay}", name, delay);
                }
                await Task.Delay(delay, stoppingToken);
            }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Taken, not copied: a second stop (a test harness stops, then disposes) must not ask for the shut-down
        // schedulers again, which Quartz would then try to build anew.
        IScheduler[] started;
        lock (_started)
        {
            started = [.. _started];
            _started.Clear();
        }
        await Task.WhenAll(started.Select(scheduler => scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken).AsTask()));
    }

    static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
