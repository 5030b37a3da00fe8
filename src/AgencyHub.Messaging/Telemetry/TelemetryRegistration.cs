using AgencyHub.Messaging.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AgencyHub.Messaging.Telemetry;

/// <summary>The host's instruments, and their export by OpenTelemetry when a collector is configured.</summary>
public static class TelemetryRegistration
{
    /// <summary>The instruments every bus has: <see cref="HubMetrics"/>, what feeds them and what reads them.</summary>
    internal static void AddHubMetrics(IServiceCollection services, BusOptions bus)
    {
        services.AddMetrics();
        services.AddSingleton<HubMetrics>();
        services.AddSingleton<MetricsReading>();
        services.AddSingleton<ConsumeMetrics>();
        services.AddSingleton<ReceiveQueues>();
        if (bus.Transport == TransportKind.RabbitMq) services.AddSingleton<IHeartbeatFigures, BrokerQueueDepths>();
    }

    /// <summary>
    /// With <see cref="TelemetryOptions.Exports"/>: traces of the hub's own spans, MassTransit's and ASP.NET Core's
    /// (one trace follows a message from its post through the broker and the hub to the recipients' feeds), and the
    /// metrics of the same, sent by OTLP as <paramref name="serviceName"/>. Off otherwise: nothing listens, nothing is kept.
    /// </summary>
    public static TelemetryOptions AddTelemetryExport(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddSingleton(options);
        if (!options.Exports) return options;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddSource(HubMetrics.MeterName, "MassTransit")
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(otlp => Configure(otlp, options)))
            .WithMetrics(metrics => metrics
                .AddMeter(HubMetrics.MeterName, "MassTransit")
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(otlp => Configure(otlp, options)));
        return options;
    }

    static void Configure(OtlpExporterOptions otlp, TelemetryOptions options)
    {
        if (options.OtlpEndpoint is { } endpoint) otlp.Endpoint = endpoint;
        otlp.Protocol = Enum.TryParse<OtlpExportProtocol>(options.OtlpProtocol, ignoreCase: true, out var protocol)
            ? protocol
            : throw new FormatException($"Telemetry:OtlpProtocol: '{options.OtlpProtocol}' is not Grpc or HttpProtobuf");
    }
}
