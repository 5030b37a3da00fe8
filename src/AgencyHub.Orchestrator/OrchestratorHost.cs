using AgencyHub.Messaging.Transport;
using AgencyHub.Sagas;
using AgencyHub.Scheduling;

namespace AgencyHub.Orchestrator;

/// <summary>
/// The orchestrator: the hub's rules (PPO register, custody alerts, routing through the delivery gate) and the message
/// scheduler, for a deployment where every adapter runs as its own host on RabbitMQ.
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
        app.MapHealthChecks(needsBus: true);
        return app;
    }
}
