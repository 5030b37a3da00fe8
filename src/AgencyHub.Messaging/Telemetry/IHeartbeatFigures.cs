namespace AgencyHub.Messaging.Telemetry;

/// <summary>
/// Figures a part of the host measures by asking (a database, the broker) rather than as it works, for gauges of
/// <see cref="HubMetrics.Meter"/>: refreshed once per heartbeat, so an exporter's collection never waits on a query.
/// </summary>
public interface IHeartbeatFigures
{
    /// <summary>Measures again; a failure leaves the last figures and is the heartbeat's to log.</summary>
    Task Refresh(CancellationToken cancellationToken);
}
