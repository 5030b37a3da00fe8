using AgencyHub.Messaging.Transport;
using MassTransit;
using MassTransit.Context;
using MassTransit.Scheduling;

namespace AgencyHub.Scheduling;

/// <summary>
/// Turns a scheduled payload into the text the job stores, and that text back into a serializer for the send at the
/// due time. The text is the payload's whole MassTransit envelope (message types, correlation and the headers it was
/// scheduled with); at the send, the envelope is deserialized and written again with what the send context sets (the
/// message id, the scheduling token header, the addresses), so those land in the envelope the receiver reads.
/// </summary>
public static class ScheduledBody
{
    /// <summary>The one content type stored: MassTransit's JSON envelope, the hub's serialization.</summary>
    public static string ContentType => StoredEnvelope.ContentType;

    /// <summary>The envelope of <paramref name="context"/>'s payload, as text; throws when it is not a JSON envelope.</summary>
    public static string Serialize(ConsumeContext<ScheduleMessage> context)
    {
        var message = context.Message;
        var serializer = context.SerializerContext.GetMessageSerializer(message.Payload, message.PayloadType);
        if (serializer.ContentType.MediaType != ContentType) throw new UnsupportedScheduledContent(serializer.ContentType.MediaType);
        // The serializer writes the envelope for a send context; this one only stands in until the real send.
        var standIn = new MessageSendContext<ScheduleMessage>(message, context.CancellationToken) { DestinationAddress = message.Destination };
        return serializer.GetMessageBody(standIn).GetString();
    }

    /// <summary><paramref name="scheduled"/>'s stored envelope, to be sent as it was (<see cref="StoredEnvelope.Send"/>).</summary>
    public static SerializerContext Deserialize(ScheduledMessageData scheduled)
    {
        if (scheduled.ContentType != ContentType) throw new UnsupportedScheduledContent(scheduled.ContentType);
        return StoredEnvelope.Read(scheduled.ContentType, scheduled.Body, scheduled.Destination);
    }
}
