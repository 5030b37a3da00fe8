using AgencyHub.Adapters.Common.Catalogue;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Adapters.Common.Feeds;
using AgencyHub.Adapters.Common.Ingress;
using AgencyHub.Adapters.Common.Selection;
using AgencyHub.Adapters.Common.Webhooks;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Persistence.Failures;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Database;
using AgencyHub.Persistence.Feeds;
using AgencyHub.Persistence.Housekeeping;
using AgencyHub.Persistence.Sharing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Adapters.Common;

/// <summary>Wires adapters into a host: one per agency in a separate adapter host, all seven in the all-in-one host.</summary>
public static class AdapterRegistration
{
    /// <summary>
    /// Adds the database, the agency systems' credentials, and the feeds, options, ingress relays and webhook pushers
    /// of <paramref name="agencies"/>.
    /// </summary>
    public static IServiceCollection AddAgencyAdapters(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<Agency> agencies)
    {
        services.AddHubPersistence(configuration);
        services.AddSingleton<IHousekeepingStep, IngressIdCleanup>();
        services.AddSingleton(provider => new AgreementVersions(provider.GetRequiredService<IDbContextFactory<HubDbContext>>(),
            configuration.GetValue<TimeSpan?>(AgreementVersions.RefreshSetting) ?? AgreementVersions.DefaultRefresh));
        services.AddSingleton<FeedRecheck>();
        services.TryAddSingleton<AgreementStore>();
        services.AddSingleton(new HostedAgencies(agencies));
        services.AddAgencyCredentials(configuration, agencies);
        services.AddSingleton(provider =>
            new AgencyFeeds(agencies, provider.GetRequiredService<FeedStore>(), provider.GetRequiredService<ILogger<AgencyFeed>>()));
        services.AddHostedService<FeedNumbering>();
        services.AddProblemDetails();
        services.AddExceptionHandler<DatabaseUnavailable>();
        foreach (var agency in agencies)
        {
            var options = OptionsFor(configuration, agency);
            services.AddKeyedSingleton(agency, options);
            services.AddKeyedSingleton(agency, (provider, _) => ActivatorUtilities.CreateInstance<IngressRelay>(provider, agency, options));
            services.AddSingleton<IHostedService>(provider => provider.GetRequiredKeyedService<IngressRelay>(agency));
            if (options.Webhook.Url is null) continue;
            services.AddSingleton<IHostedService>(provider => new WebhookPusher(provider.GetRequiredService<AgencyFeeds>().For(agency),
                options.Webhook, new HttpClient(), provider.GetRequiredService<FailedMessageStore>(), provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<WebhookPusher>>()));
        }
        return services;
    }

    /// <summary>The options of one agency's adapter (section <c>Agencies:{agency}</c>).</summary>
    public static AdapterOptions OptionsFor(IConfiguration configuration, Agency agency) =>
        configuration.GetSection($"{AdapterOptions.Section}:{agency.Slug()}").Get<AdapterOptions>() ?? new AdapterOptions();

    /// <summary>Adds the consumer that fills the feeds.</summary>
    public static void AddFeedConsumer(this IBusRegistrationConfigurator bus) => bus.AddConsumer<FeedConsumer>();

    /// <summary>
    /// Declares each hosted agency's delivery queue, behind the inbox. The hub sends each delivery to its recipient's
    /// queue; the queue is not bound to the delivery message type, so a delivery published to all would reach none
    /// (and an adapter's broker user needs no access to that type's exchange).
    /// </summary>
    public static void ConfigureFeedEndpoints(IBusRegistrationContext context, IBusFactoryConfigurator cfg, IEnumerable<Agency> agencies)
    {
        foreach (var agency in agencies)
            cfg.ReceiveEndpoint(DeliveryQueues.Name(agency), endpoint =>
            {
                endpoint.ConfigureConsumeTopology = false;
                endpoint.UseHubOutbox(context);
                endpoint.ConfigureConsumer<FeedConsumer>(context);
            });
    }

    /// <summary>
    /// Maps one agency's routes under <paramref name="prefix"/>: the catalogue and the API documents, open to anyone, and
    /// for the agency's own systems only ingress, feed, acknowledgement and for the police the selection-matrix score.
    /// </summary>
    public static void MapAgencyAdapter(this IEndpointRouteBuilder routes, Agency agency, string prefix = "")
    {
        var options = routes.ServiceProvider.GetRequiredKeyedService<AdapterOptions>(agency);
        var feed = routes.ServiceProvider.GetRequiredService<AgencyFeeds>().For(agency);
        var ingress = new IngressEndpoint(agency, options, routes.ServiceProvider.GetRequiredKeyedService<IngressRelay>(agency));
        var feedEndpoints = new FeedEndpoints(feed, options, routes.ServiceProvider.GetRequiredService<TimeProvider>());
        var group = routes.MapGroup(prefix);
        CatalogueEndpoint.Map(group, agency);
        var own = group.MapGroup("").RequireAgency(agency);
        own.MapPost("/messages/{type}", ingress.Post);
        own.MapGet("/feed", feedEndpoints.Read);
        own.MapPost("/feed/ack", feedEndpoints.Acknowledge);
        if (agency == Agency.Police) SelectionMatrixEndpoint.Map(own, options);
    }
}
