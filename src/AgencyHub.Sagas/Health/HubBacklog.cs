using System.Diagnostics.Metrics;
using AgencyHub.Messaging.Telemetry;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Failures;
using AgencyHub.Sagas.Deadlines.Open;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Sagas.Health;

/// <summary>
/// The hub's gauges of what waits on people, counted in its database once per heartbeat: deadlines pending and
/// breached (every saga's, through <see cref="OpenDeadlines"/>), deliveries the gate holds, and failed messages waiting
/// for an operator.
/// </summary>
public sealed class HubBacklog : IHeartbeatFigures
{
    readonly IDbContextFactory<HubDbContext> _databases;
    readonly OpenDeadlines _deadlines;
    readonly TimeProvider _clock;
    volatile Counts _counts = new(0, 0, 0, 0);

    public HubBacklog(HubMetrics metrics, IDbContextFactory<HubDbContext> databases, OpenDeadlines deadlines, TimeProvider clock)
    {
        (_databases, _deadlines, _clock) = (databases, deadlines, clock);
        var meter = metrics.Meter;
        meter.CreateObservableGauge("agencyhub.deadlines.pending", () => _counts.Pending, "{deadline}", "Open deadlines not yet passed");
        meter.CreateObservableGauge("agencyhub.deadlines.breached", () => _counts.Breached, "{deadline}", "Open deadlines passed unmet");
        meter.CreateObservableGauge("agencyhub.deliveries.held", () => _counts.Held, "{delivery}", "Deliveries the gate holds, not released");
        meter.CreateObservableGauge("agencyhub.messages.failed", () => _counts.Failed, "{message}", "Failed messages waiting for an operator");
    }

    public async Task Refresh(CancellationToken cancellationToken)
    {
        await using var db = await _databases.CreateDbContextAsync(cancellationToken);
        var (pending, breached) = await _deadlines.Count(db, _clock.GetUtcNow(), cancellationToken);
        _counts = new Counts(pending, breached,
            await db.HeldDeliveries.CountAsync(h => h.ReleasedAt == null, cancellationToken),
            await db.FailedMessages.CountAsync(f => f.Status == FailureStatus.Failed, cancellationToken));
    }

    sealed record Counts(long Pending, long Breached, long Held, long Failed);
}
