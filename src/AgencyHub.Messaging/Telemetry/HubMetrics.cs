using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AgencyHub.Messaging.Telemetry;

/// <summary>
/// This host's instruments (meter <see cref="MeterName"/>): what OpenTelemetry exports and the heartbeat reads for the
/// dashboard's health board. Made by the host's meter factory, so hosts sharing a process (tests) keep their figures
/// apart. Tags carry queue names and outcomes only, never anything about a person.
/// </summary>
public sealed class HubMetrics
{
    /// <summary>The meter's and the trace source's name.</summary>
    public const string MeterName = "AgencyHub";

    /// <summary>Spans of the hub's own making (e.g. the ingress relay's publish, linking a post to its journey).</summary>
    public static readonly ActivitySource Traces = new(MeterName);

    public HubMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        Consumed = Meter.CreateCounter<long>("agencyhub.messages.consumed", "{message}",
            "Messages a receive endpoint finished, by endpoint and outcome (ok, or faulted for each failed attempt)");
        ProcessingTime = Meter.CreateHistogram<double>("agencyhub.messages.processing_time", "ms",
            "From a message's receipt to the end of its consumer, by endpoint");
    }

    /// <summary>The meter, for gauges a part of the host observes (<see cref="IHeartbeatFigures"/>).</summary>
    public Meter Meter { get; }

    /// <summary><c>agencyhub.messages.consumed</c>: tags <see cref="EndpointTag"/> and <see cref="OutcomeTag"/>.</summary>
    public Counter<long> Consumed { get; }

    /// <summary><c>agencyhub.messages.processing_time</c> in milliseconds: tag <see cref="EndpointTag"/>.</summary>
    public Histogram<double> ProcessingTime { get; }

    /// <summary>The receive endpoint's queue.</summary>
    public const string EndpointTag = "endpoint";

    /// <summary><c>ok</c> or <c>faulted</c>.</summary>
    public const string OutcomeTag = "outcome";
}
