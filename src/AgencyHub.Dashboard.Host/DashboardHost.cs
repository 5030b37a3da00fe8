using AgencyHub.Adapters.Common;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Admin;
using AgencyHub.Dashboard;
using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence.Database;
using AgencyHub.Persistence.Health;
using AgencyHub.Sagas.Deadlines;

namespace AgencyHub.Dashboard.Host;

/// <summary>
/// The operators' dashboard on its own, for a deployment where the hub runs as separate hosts: its pages at <c>/</c>,
/// signed in with the staff's keys (made by the orchestrator's <c>keys</c> command). It connects to PostgreSQL as its
/// own role, which may read what the pages show and add to the hub's audit trail but change nothing of the sagas', and
/// to RabbitMQ as its own user, which may only send the staff's releases of held deliveries to the orchestrator. It
/// carries no agency messages, so it has no page of recent messages.
/// </summary>
public static class DashboardHost
{
    /// <summary>Builds the host; <paramref name="configure"/> lets tests and the benchmark adjust it.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddHubPersistence(builder.Configuration);
        builder.Services.AddDeadlines(builder.Configuration);
        builder.Services.AddAgencyCredentials(builder.Configuration, []);
        builder.Services.AddStaffOperations();
        builder.Services.AddHostTelemetry(builder.Configuration, "dashboard");
        builder.Services.AddProblemDetails();
        // No consumers: the bus only sends the staff's releases of held deliveries.
        builder.Services.AddAgencyHubBus(builder.Configuration, _ => { }, (_, _) => { });
        builder.Services.AddDashboard(builder.Configuration, recentMessages: false);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAgencyCredentials();
        app.MapHealthChecks(needsBus: true);
        app.MapDashboard();
        return app;
    }
}
