using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence.Ingress;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Adapters.Common.Ingress;

/// <summary>
/// Publishes the messages one agency posted, in the order they were accepted, and removes each from the database
/// once the broker has confirmed it. While the broker (or the database) is down it keeps trying, backing off, and
/// the ingress API keeps accepting: nothing accepted is lost. A crash between the broker's confirmation and the
/// removal publishes that message again under the same id, which the hub's inbox recognises.
/// </summary>
/// <remarks><paramref name="lifetime"/> is absent outside a web host, e.g. under the test harness, which starts the bus itself.</remarks>
public sealed class IngressRelay(Agency agency, AdapterOptions options, AcceptedMessageStore store, IBus bus, TimeProvider clock,
    ILogger<IngressRelay> logger, IHostApplicationLifetime? lifetime = null) : BackgroundService
{
    const int BatchSize = 100;

    /// <summary>How often the relay looks for messages accepted by another process (or before a restart).</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);
    static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);

    readonly SemaphoreSlim _accepted = new(0, 1);

    /// <summary>Tells the relay a message has been accepted, so it publishes it now rather than at its next poll.</summary>
    public void Wake()
    {
        try
        {
            _accepted.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: the relay reads every waiting message when it wakes.
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The bus starts after this service; publish once the whole host is up.
        if (lifetime is not null) await Started(lifetime).WaitAsync(stoppingToken);
        var backoff = new Backoff(FirstRetryDelay, MaxRetryDelay, clock);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RelayWaiting(stoppingToken) > 0)
                {
                    backoff.Reset();
                    continue;
                }
                await _accepted.WaitAsync(PollInterval, stoppingToken);
                continue;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Broker or database down, or a publish not confirmed in time: the messages wait in the database.
                logger.LogWarning(exception, "{Agency} messages are waiting to be published; will retry in {Delay}", agency, backoff.Next);
            }
            await backoff.Wait(stoppingToken);
        }
    }

    // Publishes a batch in order; returns how many were published and removed.
    async Task<int> RelayWaiting(CancellationToken stoppingToken)
    {
        var waiting = await store.Waiting(agency.Slug(), BatchSize, stoppingToken);
        var published = new List<long>(waiting.Count);
        try
        {
            foreach (var message in waiting)
            {
                await Publish(message, stoppingToken);
                published.Add(message.Sequence);
            }
        }
        finally
        {
            if (published.Count > 0) await store.Remove(published, CancellationToken.None);
        }
        return published.Count;
    }

    static Task Started(IHostApplicationLifetime lifetime)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task;
    }

    async Task Publish(AcceptedMessage accepted, CancellationToken stoppingToken)
    {
        var contract = MessageCatalogue.Find(accepted.MessageType)
            ?? throw new InvalidOperationException($"Accepted message {accepted.MessageId} has unknown type {accepted.MessageType}");
        var message = JsonSerializer.Deserialize(accepted.Body, contract.Type, ContractJson.Options)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(options.PublishTimeout);
        await bus.Publish(message, contract.Type, context =>
        {
            context.MessageId = accepted.MessageId;
            context.Headers.Set(HubHeaders.Sender, agency.Slug());
            // A message no queue takes (the hub's not declared yet) is returned, not confirmed: it stays stored.
            context.Mandatory = true;
        }, timeout.Token);
    }
}
