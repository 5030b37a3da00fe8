using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Sagas.Cases;
using AgencyHub.Sagas.Custody;
using AgencyHub.Sagas.Routing;
using AgencyHub.Sagas.Selection;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Sagas;

/// <summary>Registers the hub's rules and their queues, for the orchestrator and the all-in-one host.</summary>
public static class HubLogic
{
    /// <summary>Queue of the router, which delivers agency messages to their recipients.</summary>
    public const string RoutingQueue = "hub-routing";

    /// <summary>Queue of the PPO register and custody alerts.</summary>
    public const string CasesQueue = "hub-ppo-cases";

    /// <summary>Contracts that agencies post and that have recipients: each gets a router.</summary>
    public static IEnumerable<Type> RoutedTypes => MessageCatalogue.All
        .Where(c => c.Recipients.Count > 0 && c.Senders.Any(s => s != Agency.Hub))
        .Select(c => c.Type);

    /// <summary>Adds the services the rules need.</summary>
    public static IServiceCollection AddHubLogicServices(this IServiceCollection services) => services
        .AddSingleton<PpoCaseBook>()
        .AddSingleton<CaseOutcomeDelivery>();

    /// <summary>Adds the consumers to the bus.</summary>
    public static void AddHubConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<SelectionConsumer>();
        bus.AddConsumer<CustodyConsumer>();
        foreach (var type in RoutedTypes)
            bus.AddConsumer(typeof(RouteToRecipients<>).MakeGenericType(type));
    }

    /// <summary>Declares the hub's receive endpoints.</summary>
    public static void ConfigureHubEndpoints(IBusRegistrationContext context, IBusFactoryConfigurator cfg)
    {
        cfg.ReceiveEndpoint(RoutingQueue, endpoint =>
        {
            foreach (var type in RoutedTypes)
                endpoint.ConfigureConsumer(context, typeof(RouteToRecipients<>).MakeGenericType(type));
        });
        cfg.ReceiveEndpoint(CasesQueue, endpoint =>
        {
            endpoint.ConfigureConsumer<SelectionConsumer>(context);
            endpoint.ConfigureConsumer<CustodyConsumer>(context);
        });
    }
}
