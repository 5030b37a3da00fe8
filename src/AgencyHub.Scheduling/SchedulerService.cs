using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// Starts the Quartz scheduler with the host and shuts it down with it, letting sends in progress finish. Quartz opens
/// its store as it starts, so a database that is down would fail the host's start; instead this keeps trying in the
/// background (as the hub's other hosts keep running and answer 503 while the database is away), logging each failure.
/// </summary>
public sealed class SchedulerService(ISchedulerFactory schedulers, ILogger<SchedulerService> logger) : BackgroundService
{
    static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    IScheduler? _scheduler;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var delay = TimeSpan.FromSeconds(1); ; delay = Min(delay * 2, MaxRetryDelay))
        {
            try
            {
                var scheduler = await schedulers.GetScheduler(stoppingToken);
                await scheduler.Start(stoppingToken);
                _scheduler = scheduler;
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "The message scheduler could not start (is its database up?); trying again in {Delay}", delay);
            }
            await Task.Delay(delay, stoppingToken);
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_scheduler is { } scheduler) await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
    }

    static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
