using MassTransit;

namespace AgencyHub.Messaging.Transport;

/// <summary>
/// Marks every send and publish on RabbitMQ mandatory: the broker returns a message that no queue is bound to take,
/// and the send fails (<c>MessageReturnedException</c>) instead of being confirmed, so a sender never counts as
/// delivered what was dropped. Faults MassTransit publishes about a failed message are not marked: nobody needs to
/// be listening for them.
/// </summary>
public static class MandatorySends
{
    /// <summary>Marks <paramref name="context"/> mandatory when it goes to RabbitMQ.</summary>
    public static void Mark(SendContext context)
    {
        if (context.TryGetPayload(out RabbitMqSendContext? rabbit)) rabbit.Mandatory = true;
    }
}
