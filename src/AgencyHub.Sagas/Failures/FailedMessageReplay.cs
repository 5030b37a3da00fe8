using System.Text.Json;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence.Failures;
using AgencyHub.Persistence.Outbox;
using AgencyHub.Sagas.Sharing;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Failures;

/// <summary>
/// Makes a replay an operator asked for, in the hub's transaction, which also marks it made. A delivery (off a delivery
/// queue's error queue, or parked by a webhook) goes through the gate again, as a returned delivery does, so it reaches
/// its agency only if an agreement in force still allows it. Any other message is sent again, as it was received,
/// under its own message id, to the queue it failed on, where the inbox drops it should it have been applied
/// meanwhile; it is sent at once rather than through the outbox (the outbox cannot carry a stored envelope), so a
/// crash before the commit sends it again on the next attempt, which that inbox drops too. Only a message still
/// <see cref="FailureStatus.ReplayRequested"/> is replayed, and it is marked replayed first, so a repeated request, or
/// the same request taken by two orchestrators at once, has no second effect.
/// </summary>
public sealed class FailedMessageReplay(DeliveryGate gate, IBus bus, ILogger<FailedMessageReplay> logger) : IConsumer<ReplayFailedMessage>
{
    /// <summary>The queue replays are sent to.</summary>
    public const string Queue = "hub-failed-messages";

    /// <summary>Its address.</summary>
    public static Uri Address { get; } = QueueAddress.Of(Queue);

    /// <inheritdoc />
    public async Task Consume(ConsumeContext<ReplayFailedMessage> context)
    {
        var db = context.GetPayload<IHubTransaction>().Db;
        if (await db.FailedMessages.FindAsync([context.Message.FailureId], context.CancellationToken) is not { Status: FailureStatus.ReplayRequested } failure)
            return;
        // Marked first: the update holds the row to the commit, so of two orchestrators asked at once, one replays.
        if (!await FailedMessageStore.Replayed(db, failure.Id, context.CancellationToken)) return;
        try
        {
            await Replay(context, failure);
        }
        catch (Exception exception) when (exception is UnsupportedEnvelope or JsonException or InvalidOperationException)
        {
            // It can never be sent again as it is: back to the operator, who may discard it.
            (failure.Status, failure.Reason) = (FailureStatus.Failed, $"replay impossible: {exception.Message}");
            logger.LogWarning("Failed message {MessageId} ({MessageType}) cannot be replayed: {Error}", failure.MessageId, failure.MessageType,
                exception.GetType().Name);
        }
    }

    async Task Replay(ConsumeContext context, FailedMessage failure)
    {
        if (failure.Source == FailureSource.Webhook || DeliveryQueues.OwnerOf(failure.Endpoint) is not null)
        {
            var decision = await gate.Return(context, DeliveryOf(failure), "replayed");
            logger.LogInformation("Replayed delivery {MessageId} ({MessageType}) through the gate: {Outcome}", failure.MessageId, failure.MessageType,
                decision.Allowed ? "delivered" : "held");
        }
        else
        {
            var envelope = StoredEnvelope.Read(failure.ContentType, failure.Body);
            var endpoint = await bus.GetSendEndpoint(QueueAddress.Of(failure.Endpoint));
            await StoredEnvelope.Send(endpoint, envelope, failure.MessageId, send =>
            {
                if (failure.Sender is { } sender) send.Headers.Set(HubHeaders.Sender, sender);
            }, context.CancellationToken);
            logger.LogInformation("Replayed message {MessageId} ({MessageType}) to {Queue}", failure.MessageId, failure.MessageType, failure.Endpoint);
        }
    }

    static AgencyDelivery DeliveryOf(FailedMessage failure) =>
        failure.Source == FailureSource.Webhook
            ? JsonSerializer.Deserialize<AgencyDelivery>(failure.Body, ContractJson.Options)
                ?? throw new InvalidOperationException("the parked delivery is empty")
            : StoredEnvelope.Read(failure.ContentType, failure.Body).TryGetMessage<AgencyDelivery>(out var delivery) && delivery is not null
                ? delivery
                : throw new InvalidOperationException("the envelope holds no delivery");
}
