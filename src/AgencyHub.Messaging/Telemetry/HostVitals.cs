namespace AgencyHub.Messaging.Telemetry;

/// <summary>
/// What a heartbeat reports: each endpoint's work since the beat before, and the host's gauges at this one. Stored with
/// the beat as JSON, so the health board needs no access to the host itself.
/// </summary>
/// <param name="Endpoints">Each receive endpoint, by queue.</param>
/// <param name="Gauges">The host-wide gauges (e.g. <c>agencyhub.deadlines.breached</c>) by instrument name.</param>
public sealed record HostVitals(IReadOnlyList<EndpointVitals> Endpoints, IReadOnlyDictionary<string, long> Gauges)
{
    const string DepthGauge = "agencyhub.queue.depth|";

    /// <summary>Nothing measured (a row whose vitals cannot be read).</summary>
    public static HostVitals None { get; } = new([], new Dictionary<string, long>());

    /// <summary>The vitals between two readings <paramref name="elapsed"/> apart.</summary>
    public static HostVitals Between(Reading before, Reading now, TimeSpan elapsed)
    {
        var minutes = Math.Max(elapsed.TotalMinutes, 1.0 / 60);
        var queues = now.Endpoints.Keys
            .Concat(now.Gauges.Keys.Where(k => k.StartsWith(DepthGauge, StringComparison.Ordinal)).Select(k => k[DepthGauge.Length..]))
            .Distinct().Order(StringComparer.Ordinal);
        var endpoints = new List<EndpointVitals>();
        foreach (var queue in queues)
        {
            var was = before.Endpoints.GetValueOrDefault(queue) ?? new EndpointTotals();
            var @is = now.Endpoints.GetValueOrDefault(queue) ?? new EndpointTotals();
            var timed = @is.Timed - was.Timed;
            endpoints.Add(new EndpointVitals(queue,
                Math.Round((@is.Consumed - was.Consumed) / minutes, 1),
                Math.Round((@is.Faulted - was.Faulted) / minutes, 1),
                timed > 0 ? Math.Round((@is.Milliseconds - was.Milliseconds) / timed, 1) : null,
                now.Gauges.TryGetValue(DepthGauge + queue, out var depth) ? depth : null,
                @is.Consumed));
        }
        return new HostVitals(endpoints, now.Gauges.Where(g => !g.Key.Contains('|')).ToDictionary());
    }
}

/// <summary>One receive endpoint's work between two beats.</summary>
/// <param name="Queue">Its queue.</param>
/// <param name="PerMinute">Messages finished per minute.</param>
/// <param name="FaultedPerMinute">Failed attempts per minute.</param>
/// <param name="MeanMilliseconds">Mean processing time; null when it finished none.</param>
/// <param name="Depth">Messages waiting on the broker; null where not measured (the in-memory transport).</param>
/// <param name="Consumed">Messages finished since the host started.</param>
public sealed record EndpointVitals(string Queue, double PerMinute, double FaultedPerMinute, double? MeanMilliseconds, long? Depth, long Consumed);
