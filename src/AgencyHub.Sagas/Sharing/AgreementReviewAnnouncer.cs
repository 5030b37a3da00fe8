using AgencyHub.Messaging.Transport;
using AgencyHub.Messaging.Sharing;
using AgencyHub.Persistence.Sharing;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Sharing;

/// <summary>
/// Tells the agreements' review watches about stored versions: each change as it is made, and every current version
/// once the host has started (a change whose announcement was lost in a crash is picked up then; a watch ignores a
/// version it already follows).
/// </summary>
public sealed class AgreementReviewAnnouncer(IBus bus, AgreementStore store, ILogger<AgreementReviewAnnouncer> logger,
    IHostApplicationLifetime? lifetime = null) : IHostedService
{
    /// <summary>The queue of the review watches.</summary>
    public const string Queue = "hub-agreement-reviews";

    static readonly Uri Address = QueueAddress.Of(Queue);

    /// <summary>Tells the watch of <paramref name="agreement"/> about its current version.</summary>
    public async Task Announce(Agreement agreement, CancellationToken cancellationToken) =>
        await (await bus.GetSendEndpoint(Address)).Send(AgreementStored.Of(agreement), cancellationToken);

    /// <summary>Tells every watch about its agreement's current version.</summary>
    public async Task AnnounceAll(CancellationToken cancellationToken)
    {
        foreach (var agreement in (await store.Book(cancellationToken)).Agreements)
            await Announce(agreement, cancellationToken);
    }

    /// <inheritdoc />
    Task IHostedService.StartAsync(CancellationToken cancellationToken)
    {
        // Once the bus runs: hosted services start in order, and the bus starts after this one. Without a host (a test
        // harness) there is no start to announce at.
        if (lifetime is null) return Task.CompletedTask;
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            try
            {
                await AnnounceAll(lifetime.ApplicationStopping);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The agreements' review watches were not told of the current versions; the next start tells them");
            }
        }));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
