namespace AgencyHub.Messaging.Telemetry;

/// <summary>Configuration section <c>Telemetry</c>: where traces and metrics go, and how often a host reports.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Telemetry";

    /// <summary>
    /// The OpenTelemetry collector (OTLP) to export traces and metrics to, e.g. <c>http://otel-collector:4317</c>; unset
    /// (and no <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> in the environment): nothing is exported.
    /// </summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary><c>Grpc</c> (default, port 4317) or <c>HttpProtobuf</c> (port 4318).</summary>
    public string OtlpProtocol { get; set; } = "Grpc";

    /// <summary>How often a host records its heartbeat and vitals for the health board.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Whether OTLP export is on: configured here or by OpenTelemetry's own environment variable.</summary>
    public bool Exports => OtlpEndpoint is not null || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"));
}
