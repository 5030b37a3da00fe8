using MassTransit;
using MassTransit.Metadata;
using MassTransit.Middleware;
using MassTransit.Serialization;

namespace AgencyHub.Persistence.Outbox;

/// <summary>
/// A message a consumer or saga sent, stored in the same transaction as its state change and sent on after the
/// commit (transactional outbox). Serialised exactly as MassTransit would have sent it.
/// </summary>
public sealed class OutboxEntry : OutboxMessageContext
{
    Headers? _headers;
    IReadOnlyDictionary<string, object>? _properties;

    /// <summary>The received message that caused this one.</summary>
    public Guid InboxMessageId { get; set; }

    /// <summary>The consumer that received it.</summary>
    public Guid InboxConsumerId { get; set; }

    /// <inheritdoc />
    public long SequenceNumber { get; set; }

    /// <summary>The outgoing message's id.</summary>
    public Guid MessageId { get; set; }

    /// <inheritdoc />
    public Guid? ConversationId { get; set; }

    /// <inheritdoc />
    public Guid? CorrelationId { get; set; }

    /// <inheritdoc />
    public Guid? InitiatorId { get; set; }

    /// <inheritdoc />
    public Guid? RequestId { get; set; }

    /// <inheritdoc />
    public Uri? SourceAddress { get; set; }

    /// <inheritdoc />
    public Uri? DestinationAddress { get; set; }

    /// <inheritdoc />
    public Uri? ResponseAddress { get; set; }

    /// <inheritdoc />
    public Uri? FaultAddress { get; set; }

    /// <inheritdoc />
    public DateTime? ExpirationTime { get; set; }

    /// <summary>When the message becomes due, for delayed sends (UTC).</summary>
    public DateTime? EnqueueTime { get; set; }

    /// <summary>When it was sent (UTC).</summary>
    public DateTime SentTime { get; set; }

    /// <inheritdoc />
    public string ContentType { get; set; } = "";

    /// <inheritdoc />
    public string MessageType { get; set; } = "";

    /// <inheritdoc />
    public string Body { get; set; } = "";

    /// <summary>The message headers, serialised.</summary>
    public string? Headers { get; set; }

    /// <summary>Transport properties (routing key and the like), serialised.</summary>
    public string? Properties { get; set; }

    Guid? MessageContext.MessageId => MessageId;
    DateTime? MessageContext.SentTime => SentTime;
    Headers MessageContext.Headers => _headers ?? EmptyHeaders.Instance;
    HostInfo MessageContext.Host => HostMetadataCache.Host;
    IReadOnlyDictionary<string, object> OutboxMessageContext.Properties => _properties ?? NoProperties;

    static readonly IReadOnlyDictionary<string, object> NoProperties = new Dictionary<string, object>();

    /// <summary>Restores the headers and properties after loading, before the entry is sent.</summary>
    public void Deserialize(IObjectDeserializer deserializer)
    {
        _headers = string.IsNullOrWhiteSpace(Headers)
            ? EmptyHeaders.Instance
            : new DictionarySendHeaders(deserializer.DeserializeObject<Dictionary<string, object?>>(Headers) ?? []);
        _properties = string.IsNullOrWhiteSpace(Properties)
            ? NoProperties
            : deserializer.DeserializeObject<Dictionary<string, object>>(Properties) ?? NoProperties;
    }
}
