using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence.Database;
using AgencyHub.Sagas.Intake;
using AgencyHub.Sagas.Selection.Matrix;
using AgencyHub.Sagas.Sharing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Sagas.Failures;

/// <summary>
/// The hub's side of failed messages: it collects the error queue of each of its own queues and of every agency's
/// delivery queue into the failed-message store (<see cref="ErrorQueueCollector"/>), and makes the replays operators
/// ask for (<see cref="FailedMessageReplays"/>, <see cref="FailedMessageReplay"/>).
/// </summary>
public static class FailedMessageCollection
{
    /// <summary>The queues whose error queues the hub collects.</summary>
    public static IReadOnlyList<string> CollectedQueues { get; } =
    [
        HubIntake.Queue, AgreementReviewAnnouncer.Queue, HeldDeliveryRelease.Queue, DeliveryQueues.Returned, SelectionMatrixRegistration.Queue,
        SchedulerQueue.Name, FailedMessageReplay.Queue, .. AgencyNames.Partners.Select(DeliveryQueues.Name),
    ];

    /// <summary>Adds the replays' sender.</summary>
    public static IServiceCollection AddFailedMessageReplays(this IServiceCollection services) =>
        services.AddHostedService<FailedMessageReplays>();

    /// <summary>Declares the replay endpoint and one collecting endpoint per error queue.</summary>
    public static void ConfigureEndpoints(IBusRegistrationContext context, IBusFactoryConfigurator cfg)
    {
        cfg.ReceiveEndpoint(FailedMessageReplay.Queue, endpoint =>
        {
            // Sent here by the replays' sender, never published.
            endpoint.ConfigureConsumeTopology = false;
            endpoint.UseHubOutbox(context);
            endpoint.ConfigureConsumer<FailedMessageReplay>(context);
        });
        foreach (var queue in CollectedQueues)
            cfg.ReceiveEndpoint(DurableQueues.ErrorQueueOf(queue), endpoint =>
            {
                endpoint.ConfigureConsumeTopology = false;
                endpoint.PrefetchCount = 4;
                endpoint.ConcurrentMessageLimit = 2;
                endpoint.ConfigureReceive(receive => receive.UseFilter(ActivatorUtilities.CreateInstance<ErrorQueueCollector>(context, queue)));
            });
    }
}
