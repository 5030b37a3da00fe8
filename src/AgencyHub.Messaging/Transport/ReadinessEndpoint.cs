using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

namespace AgencyHub.Messaging.Transport;

/// <summary>
/// <c>GET /health/live</c>: the process answers (no dependency is asked, so a broker or database outage never gets a
/// host restarted). <c>GET /health/ready</c>: what the host needs for its work is there: the database (tag
/// <c>database</c>) and, for a host whose work is on the bus, the bus (MassTransit's check, tag <c>ready</c>). An
/// adapter needs only its database: it accepts posts and serves its feed while the broker is away.
/// </summary>
public static class ReadinessEndpoint
{
    /// <summary>The tag of MassTransit's bus check.</summary>
    public const string BusTag = "ready";

    /// <summary>The tag of the database check.</summary>
    public const string DatabaseTag = "database";

    /// <summary>Maps both checks; <paramref name="needsBus"/> makes readiness wait for the bus too.</summary>
    public static void MapHealthChecks(this IEndpointRouteBuilder routes, bool needsBus)
    {
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(DatabaseTag) || (needsBus && check.Tags.Contains(BusTag)),
        });
    }
}
