using System.Diagnostics.Metrics;

namespace AgencyHub.Messaging.Telemetry;

/// <summary>
/// Listens to this host's own instruments (<see cref="HubMetrics"/>) and keeps their totals since start and the gauges'
/// latest values: the heartbeat reads the same figures OpenTelemetry exports.
/// </summary>
public sealed class MetricsReading : IDisposable
{
    readonly MeterListener _listener = new();
    readonly Lock _gate = new();
    readonly Dictionary<string, EndpointTotals> _endpoints = [];
    readonly Dictionary<string, long> _gauges = [];
    readonly HubMetrics _metrics;

    public MetricsReading(HubMetrics metrics)
    {
        _metrics = metrics;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == metrics.Meter) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.SetMeasurementEventCallback<double>(OnMeasurement);
        _listener.Start();
    }

    /// <summary>Observes the gauges, then copies everything.</summary>
    public Reading Read()
    {
        lock (_gate) _gauges.Clear();
        _listener.RecordObservableInstruments();
        lock (_gate)
            return new Reading(_endpoints.ToDictionary(e => e.Key, e => e.Value with { }), new Dictionary<string, long>(_gauges));
    }

    void OnMeasurement<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state) where T : struct
    {
        string? endpoint = null, outcome = null;
        foreach (var tag in tags)
            if (tag.Key == HubMetrics.EndpointTag) endpoint = tag.Value as string;
            else if (tag.Key == HubMetrics.OutcomeTag) outcome = tag.Value as string;
        double number = value switch { long l => l, double d => d, _ => 0 };
        lock (_gate)
        {
            if (instrument == _metrics.Consumed && endpoint is not null)
            {
                var totals = Endpoint(endpoint);
                if (outcome == "faulted") totals.Faulted += (long)number;
                else totals.Consumed += (long)number;
            }
            else if (instrument == _metrics.ProcessingTime && endpoint is not null)
            {
                var totals = Endpoint(endpoint);
                totals.Timed++;
                totals.Milliseconds += number;
            }
            else if (instrument is ObservableGauge<long>)
                _gauges[endpoint is null ? instrument.Name : $"{instrument.Name}|{endpoint}"] = (long)number;
        }
    }

    EndpointTotals Endpoint(string name) => _endpoints.TryGetValue(name, out var totals) ? totals : _endpoints[name] = new EndpointTotals();

    public void Dispose() => _listener.Dispose();
}

/// <summary>One endpoint's totals since the host started.</summary>
public sealed record EndpointTotals
{
    public long Consumed { get; set; }
    public long Faulted { get; set; }
    public long Timed { get; set; }
    public double Milliseconds { get; set; }
}

/// <summary>
/// What <see cref="MetricsReading.Read"/> saw: each endpoint's totals, and each gauge's value by instrument name (with
/// <c>|endpoint</c> for a per-endpoint one).
/// </summary>
public sealed record Reading(IReadOnlyDictionary<string, EndpointTotals> Endpoints, IReadOnlyDictionary<string, long> Gauges);
