using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence.Health;
using Microsoft.AspNetCore.Builder;

namespace AgencyHub.Adapters.Common;

/// <summary>The whole of a separately deployed adapter host: one agency's adapter on the shared bus.</summary>
public static class AdapterHost
{
    /// <summary>Builds the host for <paramref name="agency"/>; <paramref name="configure"/> lets tests adjust it.</summary>
    public static WebApplication Create(Agency agency, string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddAgencyAdapters(builder.Configuration, [agency]);
        builder.Services.AddHostTelemetry(builder.Configuration, $"{agency.Slug()} adapter");
        builder.Services.AddAgencyHubBus(builder.Configuration,
            bus => bus.AddFeedConsumer(),
            (context, cfg) => AdapterRegistration.ConfigureFeedEndpoints(context, cfg, [agency]));
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAgencyCredentials();
        app.MapAgencyAdapter(agency);
        app.MapHealthChecks(needsBus: false);
        return app;
    }
}
