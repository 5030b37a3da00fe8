using System.Text;
using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Failures;
using MassTransit;

namespace AgencyHub.Sagas.Failures;

/// <summary>
/// Reads a message taken off an error queue into a <see cref="FailedMessage"/> without deserializing it as its type
/// (it may be what failed): its id and type from MassTransit's JSON envelope, its cause from the headers MassTransit
/// adds when it moves a fault (<c>MT-Fault-*</c>) or RabbitMQ adds when a quorum queue's delivery limit moves it
/// (<c>x-first-death-reason</c>), its sender from the broker's validated user-id, and whom it is about by reference.
/// </summary>
public static class FailedEnvelope
{
    const string FaultType = "MT-Fault-ExceptionType", FaultMessage = "MT-Fault-Message", DeathReason = "x-first-death-reason";

    static readonly Dictionary<string, MessageContractInfo> ContractsByUrn =
        MessageCatalogue.All.ToDictionary(c => MessageUrn.ForTypeString(c.Type), c => c);

    static readonly string DeliveryUrn = MessageUrn.ForTypeString<AgencyDelivery>();

    /// <summary>The failure <paramref name="context"/> holds, found on the error queue of <paramref name="queue"/>.</summary>
    public static FailedMessage Read(ReceiveContext context, string queue, BrokerUsers users, DateTimeOffset now)
    {
        var body = Encoding.UTF8.GetString(context.Body.GetBytes());
        var envelope = Parse(body);
        var urn = envelope?.TryGetProperty("messageType", out var types) == true && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
            ? types[0].GetString() ?? ""
            : "";
        var message = envelope?.TryGetProperty("message", out var inner) == true ? inner : (JsonElement?)null;
        var delivery = urn == DeliveryUrn && message is { } m ? m : (JsonElement?)null;
        var deadLettered = Header(context, DeathReason);
        return new FailedMessage
        {
            Agency = (DeliveryQueues.OwnerOf(queue) ?? Agency.Hub).Slug(),
            Source = FailureSource.Queue,
            Endpoint = queue,
            MessageId = context.GetMessageId() ?? Guid(envelope, "messageId") ?? NewId.NextGuid(),
            MessageType = delivery is { } d ? Text(d, "messageType") ?? urn : ContractsByUrn.TryGetValue(urn, out var contract) ? contract.Name : NameIn(urn),
            Sender = SenderOf(context, envelope, delivery, users),
            Cause = Header(context, FaultType) ?? (deadLettered is not null ? $"broker: {deadLettered}" : "unknown"),
            Reason = Header(context, FaultMessage)
                ?? (deadLettered == "delivery_limit" ? "handed out more times than the queue's delivery limit without being acknowledged" : "no reason given"),
            PersonReference = delivery is { } about ? Text(about, "personReference") : PersonIn(message, urn),
            ContentType = context.ContentType?.MediaType ?? "",
            Body = body,
            LastFailedAt = now,
        };
    }

    static JsonElement? Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    static string? SenderOf(ReceiveContext context, JsonElement? envelope, JsonElement? delivery, BrokerUsers users)
    {
        if (delivery is { } d) return Text(d, "sender");
        if (context.TryGetPayload(out RabbitMqBasicConsumeContext? received))
        {
            var broker = users.Identify(received.Properties.UserId);
            if (!broker.IsHub) return broker.Party?.Slug();
        }
        return envelope?.TryGetProperty("headers", out var headers) == true ? Text(headers, HubHeaders.Sender) : null;
    }

    static string? PersonIn(JsonElement? message, string urn) =>
        message is { } m && ContractsByUrn.TryGetValue(urn, out var contract) ? PersonReference.In(m, contract.Type) : null;

    static string? Header(ReceiveContext context, string key) => context.TransportHeaders.Get<object>(key) switch
    {
        string text => text,
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        null => null,
        var other => other.ToString(),
    };

    static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    static Guid? Guid(JsonElement? envelope, string property) =>
        envelope is { } e && System.Guid.TryParse(Text(e, property), out var id) ? id : null;

    // urn:message:AgencyHub.Contracts.Custody:ReceptionIntoCustody → ReceptionIntoCustody
    static string NameIn(string urn) => urn.Length == 0 ? "(unreadable)" : urn[(urn.LastIndexOf(':') + 1)..];
}
