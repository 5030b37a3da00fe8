namespace AgencyHub.Persistence.Health;

/// <summary>
/// A running host's latest heartbeat (<c>host_heartbeats</c>), one row per process: when it last beat and its vitals
/// then, for the operators' health board. On PostgreSQL each host role reaches only its own rows.
/// </summary>
public sealed class HostHeartbeat
{
    /// <summary>This process: the machine, the process id and a random part, as it started.</summary>
    public string Instance { get; set; } = "";

    /// <summary>What runs there: <c>orchestrator</c>, <c>police adapter</c>, <c>all-in-one</c>…</summary>
    public string Host { get; set; } = "";

    /// <summary>When the process started.</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Its latest beat.</summary>
    public DateTimeOffset BeatAt { get; set; }

    /// <summary>Its <c>HostVitals</c> at that beat, as JSON.</summary>
    public string Vitals { get; set; } = "{}";
}
