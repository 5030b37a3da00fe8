using AgencyHub.Adapters.Common;
using AgencyHub.Admin;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Dashboard;
using AgencyHub.Messaging.Transport;
using AgencyHub.Sagas;
using AgencyHub.Scheduling;
using MassTransit;

using AgencyHub.Persistence.Health;

namespace AgencyHub.Host;

/// <summary>
/// Every adapter and the hub's rules in one process, on embedded defaults (in-memory transport): the hub a
/// newcomer runs with one command. Each agency's routes are those of its separate adapter under
/// <c>/agencies/{agency}</c>; the admin API is the orchestrator's, under <c>/admin</c>; the operators' dashboard is at
/// <c>/</c>.
/// </summary>
public static class AllInOneHost
{
    /// <summary>Builds the host; <paramref name="configure"/> lets tests adjust it.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddAllInOne(builder.Configuration, BusRegistration.AddAgencyHubBus, withScheduler: true);
        builder.Services.AddAdministration();
        builder.Services.AddHostTelemetry(builder.Configuration, "all-in-one");
        builder.Services.AddDashboard(builder.Configuration);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAgencyCredentials();
        foreach (var agency in AgencyNames.Partners)
            app.MapAgencyAdapter(agency, $"/agencies/{agency.Slug()}");
        app.MapAgreementAdministration();
        app.MapHeldDeliveryOperations();
        app.MapFailedMessageOperations();
        app.MapDisclosureReport();
        app.MapHealthChecks(needsBus: true);
        app.MapDashboard();
        return app;
    }

    /// <summary>
    /// Adds every adapter and the hub's rules, on the bus <paramref name="addBus"/> provides, and with
    /// <paramref name="withScheduler"/> the message scheduler and its store. The test harness's bus schedules in memory
    /// (<see cref="BusRegistration.AddAgencyHubTestBus"/>), so tests of the rules leave the scheduler out.
    /// </summary>
    public static IServiceCollection AddAllInOne(this IServiceCollection services, IConfiguration configuration, BusAdder addBus,
        bool withScheduler = false)
    {
        var agencies = AgencyNames.Partners;
        services.AddAgencyAdapters(configuration, agencies);
        services.AddHubLogicServices(configuration);
        if (withScheduler) services.AddHubScheduler(configuration);
        return addBus(services, configuration,
            bus =>
            {
                bus.AddFeedConsumer();
                bus.AddHubConsumers();
                if (withScheduler) bus.AddHubScheduler();
            },
            (context, cfg) =>
            {
                AdapterRegistration.ConfigureFeedEndpoints(context, cfg, agencies);
                HubLogic.ConfigureHubEndpoints(context, cfg);
                if (withScheduler) MessageSchedulerRegistration.ConfigureSchedulerEndpoint(context, cfg);
            });
    }
}

/// <summary>Adds a bus: <see cref="BusRegistration.AddAgencyHubBus"/>, or the test harness's in tests.</summary>
public delegate IServiceCollection BusAdder(IServiceCollection services, IConfiguration configuration,
    Action<IBusRegistrationConfigurator> register, Action<IBusRegistrationContext, IBusFactoryConfigurator> configureEndpoints);
