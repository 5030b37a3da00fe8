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
using AgencyHub.Sagas.Failures;
using AgencyHub.Persistence.Recall;
using AgencyHub.Sagas.Recall;
using AgencyHub.Sagas.Release;
using AgencyHub.Sagas.Retention;
using AgencyHub.Sagas.Intake;
using AgencyHub.Sagas.Selection.Matrix;
using AgencyHub.Sagas.Sharing;
using AgencyHub.Messaging.Telemetry;
using AgencyHub.Sagas.Health;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Sagas;

/// <summary>Registers the hub's rules and their queues, for the orchestrator and the all-in-one host.</summary>
public static class HubLogic
{
    /// <summary>
    /// Adds the services the rules need: the hub's database, the agreements and their gate, the selection matrix, the
    /// deadlines' settings and the retention of personal data.
    /// </summary>
    public static IServiceCollection AddHubLogicServices(this IServiceCollection services, IConfiguration configuration) =>
        services.AddHubPersistence(configuration).AddSharing(configuration).AddSelectionMatrix(configuration).AddDeadlines(configuration)
            .AddRetention(configuration).AddIntakeRules().AddHostedService<DeliveryQueueDeclarations>().AddFailedMessageReplays()
            .AddSingleton<IHeartbeatFigures, HubBacklog>();

    /// <summary>Adds the intake of agency messages, the hub's other consumers and its sagas to the bus.</summary>
    public static void AddHubConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<HeldDeliveryRelease>();
        bus.AddConsumer<ReturnedDeliveryIntake>();
        bus.AddConsumer<FailedMessageReplay>();
        bus.AddSelectionMatrixConsumer();
        bus.AddSagaStateMachine<PpoCaseStateMachine, PpoCase>().HubRepository();
        bus.AddSagaStateMachine<ReleaseWarningStateMachine, ReleaseWarning>().HubRepository();
        bus.AddSagaStateMachine<RecallStateMachine, RecallWatch>().HubRepository();
        bus.AddSagaStateMachine<AgreementReviewStateMachine, AgreementReview>().HubRepository();
        foreach (var type in HubIntake.Types)
            bus.AddConsumer(HubIntake.ConsumerOf(type));
    }

    /// <summary>
    /// Declares the hub's receive endpoints, each behind the inbox and the transactional outbox, and the collection of
    /// every error queue.
    /// </summary>
    public static void ConfigureHubEndpoints(IBusRegistrationContext context, IBusFactoryConfigurator cfg)
    {
        cfg.ReceiveEndpoint(HubIntake.Queue, endpoint =>
        {
            // Agency messages, each taken in one transaction; the case sagas get here only the deadlines they scheduled
            // (their case events are raised in the intake's transaction: CaseMachines), so those are never published.
            endpoint.UseHubOutbox(context);
            foreach (var type in HubIntake.Types)
                endpoint.ConfigureConsumer(context, HubIntake.ConsumerOf(type));
            endpoint.ConfigureSaga<PpoCase>(context);
            endpoint.ConfigureSaga<ReleaseWarning>(context);
            endpoint.ConfigureSaga<RecallWatch>(context);
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
        SelectionMatrixRegistration.ConfigureSelectionMatrixEndpoint(context, cfg);
        FailedMessageCollection.ConfigureEndpoints(context, cfg);
    }
}
