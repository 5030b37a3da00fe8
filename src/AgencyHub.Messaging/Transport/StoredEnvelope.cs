using System.Net.Mime;
using MassTransit;
using MassTransit.Serialization;

namespace AgencyHub.Messaging.Transport;

/// <summary>
/// A message kept as its whole MassTransit JSON envelope (a scheduled message until it is due, a failed message until
/// it is replayed), sent again as it was: its message types, correlation and headers, with what the new send context
/// sets (the message id, headers) written over them.
/// </summary>
public static class StoredEnvelope
{
    /// <summary>The one content type kept: MassTransit's JSON envelope, the hub's serialization.</summary>
    public static string ContentType { get; } = SystemTextJsonMessageSerializer.JsonContentType.MediaType;

    /// <summary>The envelope <paramref name="body"/> read back; throws <see cref="UnsupportedEnvelope"/> for another content type.</summary>
    public static SerializerContext Read(string contentType, string body, Uri? destination = null)
    {
        if (contentType != ContentType) throw new UnsupportedEnvelope(contentType);
        var deserializer = new SystemTextJsonMessageSerializer(new ContentType(contentType));
        return deserializer.Deserialize(deserializer.GetMessageBody(body), EmptyHeaders.Instance, destination);
    }

    /// <summary>Sends <paramref name="envelope"/> to <paramref name="endpoint"/> under <paramref name="messageId"/>.</summary>
    public static Task Send(ISendEndpoint endpoint, SerializerContext envelope, Guid messageId, Action<SendContext> configure,
        CancellationToken cancellationToken) =>
        endpoint.Send(new StandIn(), send =>
        {
            send.MessageId = messageId;
            send.Serializer = envelope.GetMessageSerializer();
            configure(send);
        }, cancellationToken);

    /// <summary>What the send carries in place of the message: the serializer writes the stored envelope instead.</summary>
    sealed class StandIn;
}

/// <summary>A stored message that is not a MassTransit JSON envelope, so it cannot be sent again as it was.</summary>
public sealed class UnsupportedEnvelope(string contentType)
    : Exception($"Only MassTransit's JSON envelope ({StoredEnvelope.ContentType}) can be sent again, not '{contentType}'");
