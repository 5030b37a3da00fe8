using AgencyHub.Messaging.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Persistence.Health;

/// <summary>What every host adds to report on itself: its heartbeat for the health board, and OTLP export when configured.</summary>
public static class HostTelemetry
{
    /// <summary>Adds both for the host named <paramref name="host"/> (<c>orchestrator</c>, <c>police adapter</c>…).</summary>
    public static IServiceCollection AddHostTelemetry(this IServiceCollection services, IConfiguration configuration, string host)
    {
        var options = services.AddTelemetryExport(configuration, host);
        return services.AddHostedService(provider => new HeartbeatWriter(host, provider.GetRequiredService<MetricsReading>(),
            provider.GetServices<IHeartbeatFigures>(), options, provider.GetRequiredService<IDbContextFactory<HubDbContext>>(),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<HeartbeatWriter>>()));
    }
}
