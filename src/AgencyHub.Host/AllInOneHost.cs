using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Transport;
using AgencyHub.Sagas;

namespace AgencyHub.Host;

/// <summary>
/// Every adapter and the hub's rules in one process, on embedded defaults (in-memory transport): the hub a
/// newcomer runs with one command. Each agency's routes are those of its separate adapter under
/// <c>/agencies/{agency}</c>.
/// </summary>
public static class AllInOneHost
{
    /// <summary>Builds the host; <paramref name="configure"/> lets tests adjust it.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var agencies = AgencyNames.Partners;
        builder.Services.AddAgencyAdapters(builder.Configuration, agencies);
        builder.Services.AddHubLogicServices();
        builder.Services.AddAgencyHubBus(builder.Configuration,
            bus =>
            {
                bus.AddFeedConsumer();
                bus.AddHubConsumers();
            },
            (context, cfg) =>
            {
                AdapterRegistration.ConfigureFeedEndpoints(context, cfg, agencies);
                HubLogic.ConfigureHubEndpoints(context, cfg);
            });
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        foreach (var agency in agencies)
            app.MapAgencyAdapter(agency, $"/agencies/{agency.Slug()}");
        app.MapReadinessCheck();
        app.MapGet("/", RecentMessagesPage.Render);
        return app;
    }
}
