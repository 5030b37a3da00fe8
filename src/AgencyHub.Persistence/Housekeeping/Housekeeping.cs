using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Persistence.Housekeeping;

/// <summary>
/// Runs every registered <see cref="IHousekeepingStep"/> at start and then every
/// <see cref="Database.PersistenceOptions.HousekeepingInterval"/> on the host's clock. A step that fails (the database
/// down for a while) is logged and tried again next round, without holding up the others.
/// </summary>
public sealed class Housekeeping(IEnumerable<IHousekeepingStep> steps, Database.PersistenceOptions options, TimeProvider clock, ILogger<Housekeeping> logger)
    : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.HousekeepingInterval, clock);
        do
            foreach (var step in steps)
                try
                {
                    if (await step.Run(stoppingToken) is var deleted and > 0) logger.LogInformation("Housekeeping deleted {Count} {Kind}", deleted, step.Kind);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(exception, "Housekeeping of {Kind} failed; will try again in {Interval}", step.Kind, options.HousekeepingInterval);
                }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
