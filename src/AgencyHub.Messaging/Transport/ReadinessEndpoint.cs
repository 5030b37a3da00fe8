using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

namespace AgencyHub.Messaging.Transport;

/// <summary><c>GET /health/ready</c>: healthy once the bus is connected and its endpoints are ready.</summary>
public static class ReadinessEndpoint
{
    /// <summary>Maps the readiness check (MassTransit registers its bus check with the <c>ready</c> tag).</summary>
    public static IEndpointConventionBuilder MapReadinessCheck(this IEndpointRouteBuilder routes) =>
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
}
