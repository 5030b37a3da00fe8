using System.Security.Cryptography;
using System.Text.Json;
using AgencyHub.Messaging.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Persistence.Health;

/// <summary>
/// Every <see cref="TelemetryOptions.HeartbeatInterval"/> on the hub's clock: refreshes the host's asked-for figures
/// (<see cref="IHeartbeatFigures"/>), reads its instruments (<see cref="MetricsReading"/>) and stores the beat with the
/// vitals since the one before. A beat that cannot be stored is logged and the next one tries again. Rows of this
/// host's processes silent for a day are removed, so a restarted host leaves no ghost behind for long.
/// </summary>
public sealed class HeartbeatWriter(string host, MetricsReading reading, IEnumerable<IHeartbeatFigures> figures, TelemetryOptions options,
    IDbContextFactory<HubDbContext> databases, TimeProvider clock, ILogger<HeartbeatWriter> logger) : BackgroundService
{
    /// <summary>How long a silent process's row is kept.</summary>
    public static readonly TimeSpan Forgotten = TimeSpan.FromDays(1);

    readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = clock.GetUtcNow();
        var (before, beforeAt) = (reading.Read(), started);
        using var timer = new PeriodicTimer(options.HeartbeatInterval, clock);
        do
        {
            foreach (var figure in figures)
                try
                {
                    await figure.Refresh(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning("{Figures} could not be measured for the heartbeat: {Reason}", figure.GetType().Name, e.Message);
                }
            var (now, at) = (reading.Read(), clock.GetUtcNow());
            try
            {
                await Store(started, at, HostVitals.Between(before, now, at - beforeAt), stoppingToken);
                (before, beforeAt) = (now, at);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Heartbeat of {Host} not stored: {Reason}", host, e.Message);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    async Task Store(DateTimeOffset started, DateTimeOffset at, HostVitals vitals, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var beat = await db.HostHeartbeats.FindAsync([_instance], cancellationToken);
        if (beat is null) db.HostHeartbeats.Add(beat = new HostHeartbeat { Instance = _instance, Host = host, StartedAt = started });
        beat.BeatAt = at;
        beat.Vitals = JsonSerializer.Serialize(vitals, Json);
        await db.SaveChangesAsync(cancellationToken);
        var silentSince = at - Forgotten;
        // In memory: SQLite cannot compare instants; the rows are one per process.
        var gone = (await db.HostHeartbeats.Where(h => h.Host == host).ToListAsync(cancellationToken)).Where(h => h.BeatAt < silentSince).ToList();
        if (gone.Count == 0) return;
        db.HostHeartbeats.RemoveRange(gone);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>How vitals are written and read.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
