using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Persistence.Audit;

/// <summary>
/// Writes the head of each audit chain this host may see (its own, on its database role) to the log at start and every
/// <see cref="Database.PersistenceOptions.AuditHeadLogInterval"/>. The log lives outside the database: someone who
/// rewrote a chain and its head to match could not also rewrite the heads the log has kept, so comparing them with
/// <c>audit verify</c>'s view shows it. Positions and hashes only: no personal data.
/// </summary>
public sealed class AuditHeadLog(
    IDbContextFactory<HubDbContext> databases, Database.PersistenceOptions options, TimeProvider clock, ILogger<AuditHeadLog> logger)
    : BackgroundService
{
    /// <summary>Logs each head now.</summary>
    public async Task Write(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        foreach (var head in await db.AuditHeads.AsNoTracking().OrderBy(h => h.Agency).ToListAsync(cancellationToken))
            logger.LogInformation("Audit chain {Chain} head at entry {Position}, hash {Hash}", head.Agency, head.Position, Convert.ToHexString(head.Hash));
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.AuditHeadLogInterval, clock);
        do
        {
            try
            {
                await Write(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not log the audit chains' heads; will try again in {Interval}", options.AuditHeadLogInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
