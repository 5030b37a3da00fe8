using System.Diagnostics;
using AgencyHub.Messaging.Telemetry;
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
/// the ingress API keeps accepting: nothing accepted is lost. A message it can never publish is parked among the failed
/// messages with its reason, so it holds up none after it; when idle, it puts back those whose replay an operator
/// asked for. A crash between the broker's confirmation and the
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

    // While another replica relays this agency's messages, it takes these too: this one waits for its next wake or poll.
    async Task<int> RelayWaiting(CancellationToken stoppingToken) =>
        await store.Relay(agency.Slug(), BatchSize, waiting => Relay(waiting, stoppingToken), stoppingToken) ?? 0;

    // Publishes a batch in acceptance order with every confirmation in flight at once (waiting for each in turn would
    // cap the relay at one message per broker round trip, a quorum queue's replicated write); returns how many were
    // published, parked or restored. A message that cannot be published as it is (its type unknown here, its body
    // unreadable) is parked at once. One the broker returns (no queue takes it) is parked once a later message of the
    // batch has been taken, so that only its own type is missing a queue; while every message comes back, the hub's
    // queue is not there yet, and the relay waits and tries again.
    async Task<int> Relay(List<AcceptedMessage> waiting, CancellationToken stoppingToken)
    {
        if (waiting.Count == 0) return await store.RestoreReplays(agency.Slug(), stoppingToken);
        var publishing = new List<(AcceptedMessage Message, Task Confirmed)>(waiting.Count);
        foreach (var message in waiting)
        {
            try
            {
                publishing.Add((message, Publish(message, stoppingToken)));
            }
            catch (UnpublishableMessage unpublishable)
            {
                await Park(message, unpublishable.Cause, unpublishable.Message);
            }
        }
        // Judged one by one below: what the broker confirmed is removed whatever became of the rest.
        await Task.WhenAll(publishing.Select(p => p.Confirmed)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var published = new List<long>(publishing.Count);
        var returned = new List<(AcceptedMessage Message, MessageReturnedException Return)>();
        Exception? failure = null;
        foreach (var (message, confirmed) in publishing)
        {
            if (confirmed.IsCompletedSuccessfully)
            {
                published.Add(message.Sequence);
                foreach (var (earlier, refusal) in returned)
                    await Park(earlier, "returned", $"no queue takes {earlier.MessageType}: {refusal.Message}");
                returned.Clear();
            }
            else if (confirmed.Exception?.InnerException is MessageReturnedException returnedByBroker)
                returned.Add((message, returnedByBroker));
            else
                failure ??= confirmed.Exception?.InnerException ?? new TimeoutException($"the broker did not confirm {message.MessageId} in time");
        }
        if (published.Count > 0) await store.Remove(published, CancellationToken.None);
        if (failure is not null) throw failure;
        if (returned.Count > 0) throw returned[0].Return;
        return waiting.Count;
    }

    Task Park(AcceptedMessage message, string cause, string reason)
    {
        logger.LogError("{Agency} message {MessageId} ({MessageType}) cannot be published: {Cause}; parked for an operator, the others go on",
            agency, message.MessageId, message.MessageType, cause);
        return store.Park(message, cause, reason, clock.GetUtcNow(), CancellationToken.None);
    }

    static Task Started(IHostApplicationLifetime lifetime)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task;
    }

    static object Read(string body, Type type)
    {
        try
        {
            return JsonSerializer.Deserialize(body, type, ContractJson.Options) ?? throw new UnpublishableMessage("unreadable-body", "the body is null");
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            throw new UnpublishableMessage("unreadable-body", $"the body does not read as {type.Name}: {exception.Message}");
        }
    }

    // Throws UnpublishableMessage at once, before anything is sent; the task it returns ends with the confirmation.
    Task Publish(AcceptedMessage accepted, CancellationToken stoppingToken)
    {
        var contract = MessageCatalogue.Find(accepted.MessageType)
            ?? throw new UnpublishableMessage("unknown-type", $"this adapter's catalogue has no message type '{accepted.MessageType}'");
        var message = Read(accepted.Body, contract.Type);
        return Confirmed(message, contract.Type, accepted.MessageId, accepted.TraceParent, stoppingToken);
    }

    async Task Confirmed(object message, Type type, Guid messageId, string? traceParent, CancellationToken stoppingToken)
    {
        // The publish joins the trace of the post it comes from (one trace from the agency's post to the recipients' feeds).
        using var span = traceParent is not null && ActivityContext.TryParse(traceParent, null, out var posted)
            ? HubMetrics.Traces.StartActivity("relay", ActivityKind.Producer, posted)
            : null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(options.PublishTimeout);
        await bus.Publish(message, type, context =>
        {
            context.MessageId = messageId;
            context.Headers.Set(HubHeaders.Sender, agency.Slug());
            // A message no queue takes (the hub's not declared yet) is returned, not confirmed: it stays stored.
            context.Mandatory = true;
        }, timeout.Token);
    }
}

/// <summary>A stored message that can never be published as it is: the relay parks it with <see cref="Cause"/>.</summary>
sealed class UnpublishableMessage(string cause, string reason) : Exception(reason)
{
    /// <summary>Short, to group by: <c>unknown-type</c>, <c>unreadable-body</c>.</summary>
    public string Cause { get; } = cause;
}
