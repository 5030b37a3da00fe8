using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Admin;
using AgencyHub.Messaging.Transport;
using AgencyHub.Sagas;
using AgencyHub.Scheduling;

using AgencyHub.Persistence.Health;

namespace AgencyHub.Orchestrator;

/// <summary>
/// The orchestrator: the hub's rules (PPO register, custody alerts, routing through the delivery gate), the message
/// scheduler and the admin API of the hub's staff (<c>/admin</c>), for a deployment where every adapter runs as its own
/// host on RabbitMQ.
/// </summary>
public static class OrchestratorHost
{
    /// <summary>Builds the host; <paramref name="configure"/> lets tests and the benchmark adjust it.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddHubLogicServices(builder.Configuration);
        builder.Services.AddHubScheduler(builder.Configuration);
        // The staff's keys only: no agency system calls the orchestrator.
        builder.Services.AddAgencyCredentials(builder.Configuration, []);
        builder.Services.AddAdministration();
        builder.Services.AddHostTelemetry(builder.Configuration, "orchestrator");
        builder.Services.AddProblemDetails();
        builder.Services.AddAgencyHubBus(builder.Configuration,
            bus =>
            {
                bus.AddHubConsumers();
                bus.AddHubScheduler();
            },
            (context, cfg) =>
            {
                HubLogic.ConfigureHubEndpoints(context, cfg);
                MessageSchedulerRegistration.ConfigureSchedulerEndpoint(context, cfg);
            });
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAgencyCredentials();
        app.MapAgreementAdministration();
        app.MapHeldDeliveryOperations();
        app.MapFailedMessageOperations();
        app.MapDisclosureReport();
        app.MapHealthChecks(needsBus: true);
        return app;
    }
}
