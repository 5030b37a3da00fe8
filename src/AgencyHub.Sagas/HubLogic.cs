using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Database;
using AgencyHub.Persistence.Saga;
using AgencyHub.Persistence.Release;
using AgencyHub.Persistence.Sharing;
using AgencyHub.Sagas.Cases;
using AgencyHub.Sagas.Deadlines;
using AgencyHub.Sagas.Release;
using AgencyHub.Sagas.Retention;
using AgencyHub.Sagas.Routing;
using AgencyHub.Sagas.Selection.Matrix;
using AgencyHub.Sagas.Sharing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Sagas;

/// <summary>Registers the hub's rules and their queues, for the orchestrator and the all-in-one host.</summary>
public static class HubLogic
{
    /// <summary>Queue of the router, which delivers agency messages to their recipients.</summary>
    public const string RoutingQueue = "hub-routing";

    /// <summary>
    /// Queue of the case intake, which resolves people and passes messages to their PPO cases, and of the consent intake,
    /// which records consent for the people it names.
    /// </summary>
    public const string CasesQueue = "hub-ppo-cases";

    /// <summary>Queue of the PPO case and release-warning sagas; only the intake and the sagas themselves send to it.</summary>
    public const string CaseSagaQueue = "hub-ppo-case-saga";

    /// <summary>Where the intake sends case events.</summary>
    public static Uri CaseSagaAddress { get; } = new($"queue:{CaseSagaQueue}");

    /// <summary>Contracts that agencies post and that have recipients: each gets a router.</summary>
    public static IEnumerable<Type> RoutedTypes => MessageCatalogue.All
        .Where(c => c.Recipients.Count > 0 && c.Senders.Any(s => s != Agency.Hub))
        .Select(c => c.Type);

    /// <summary>
    /// Adds the services the rules need: the hub's database, the agreements and their gate, the selection matrix, the
    /// deadlines' settings and the retention of personal data.
    /// </summary>
    public static IServiceCollection AddHubLogicServices(this IServiceCollection services, IConfiguration configuration) =>
        services.AddHubPersistence(configuration).AddSharing(configuration).AddSelectionMatrix(configuration).AddDeadlines(configuration)
            .AddRetention(configuration);

    /// <summary>Adds the consumers, the PPO case saga and the release-warning saga to the bus.</summary>
    public static void AddHubConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<CaseIntake>();
        bus.AddConsumer<ConsentIntake>();
        bus.AddConsumer<HeldDeliveryRelease>();
        bus.AddConsumer<ReturnedDeliveryIntake>();
        bus.AddSelectionMatrixConsumer();
        bus.AddSagaStateMachine<PpoCaseStateMachine, PpoCase>().HubRepository();
        bus.AddSagaStateMachine<ReleaseWarningStateMachine, ReleaseWarning>().HubRepository();
        bus.AddSagaStateMachine<AgreementReviewStateMachine, AgreementReview>().HubRepository();
        foreach (var type in RoutedTypes)
            bus.AddConsumer(typeof(RouteToRecipients<>).MakeGenericType(type));
    }

    /// <summary>Declares the hub's receive endpoints, each behind the inbox and the transactional outbox.</summary>
    public static void ConfigureHubEndpoints(IBusRegistrationContext context, IBusFactoryConfigurator cfg)
    {
        cfg.ReceiveEndpoint(RoutingQueue, endpoint =>
        {
            endpoint.UseHubOutbox(context);
            foreach (var type in RoutedTypes)
                endpoint.ConfigureConsumer(context, typeof(RouteToRecipients<>).MakeGenericType(type));
        });
        cfg.ReceiveEndpoint(CasesQueue, endpoint =>
        {
            endpoint.UseHubOutbox(context);
            endpoint.ConfigureConsumer<CaseIntake>(context);
            endpoint.ConfigureConsumer<ConsentIntake>(context);
        });
        cfg.ReceiveEndpoint(AgreementReviewAnnouncer.Queue, endpoint =>
        {
            // Sent here by the announcer and the scheduler, never published.
            endpoint.ConfigureConsumeTopology = false;
            endpoint.UseHubOutbox(context);
            endpoint.ConfigureSaga<AgreementReview>(context);
        });
        cfg.ReceiveEndpoint(HeldDeliveryRelease.Queue, endpoint =>
        {
            // Sent here by the admin API, never published.
            endpoint.ConfigureConsumeTopology = false;
            endpoint.UseHubOutbox(context);
            endpoint.ConfigureConsumer<HeldDeliveryRelease>(context);
        });
        cfg.ReceiveEndpoint(DeliveryQueues.Returned, endpoint =>
        {
            // Sent here by the adapters, never published.
            endpoint.ConfigureConsumeTopology = false;
            endpoint.UseHubOutbox(context);
            endpoint.ConfigureConsumer<ReturnedDeliveryIntake>(context);
        });
        cfg.ReceiveEndpoint(CaseSagaQueue, endpoint =>
        {
            // Case events are sent here by the intake, never published: no exchange bindings. Both sagas see every
            // case event and the deadlines they scheduled, each in its own transaction.
            endpoint.ConfigureConsumeTopology = false;
            endpoint.UseHubOutbox(context);
            endpoint.ConfigureSaga<PpoCase>(context);
            endpoint.ConfigureSaga<ReleaseWarning>(context);
        });
        SelectionMatrixRegistration.ConfigureSelectionMatrixEndpoint(context, cfg);
    }
}
