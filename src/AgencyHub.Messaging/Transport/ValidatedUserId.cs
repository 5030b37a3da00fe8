using MassTransit;

namespace AgencyHub.Messaging.Transport;

/// <summary>
/// RabbitMQ's validated user-id: a message that carries one is refused by the broker unless it is the sending
/// connection's user (or that user is an impersonator), so the receiver can trust it as the sender.
/// </summary>
public static class ValidatedUserId
{
    /// <summary>Gives every message the bus sends or publishes the user-id <paramref name="user"/>, the bus's own user.</summary>
    public static void SendAs(this IRabbitMqBusFactoryConfigurator cfg, string user)
    {
        void Stamp(SendContext send)
        {
            if (send.TryGetPayload(out RabbitMqSendContext? message)) message.BasicProperties.UserId = user;
        }
        cfg.ConfigureSend(send => send.UseSendExecute(Stamp));
        cfg.ConfigurePublish(publish => publish.UseExecute(Stamp));
    }
}
