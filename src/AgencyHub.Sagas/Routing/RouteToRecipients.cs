using AgencyHub.Contracts.Catalogue;
using AgencyHub.Sagas.Sharing;
using AgencyHub.Messaging.Transport;
using MassTransit;

namespace AgencyHub.Sagas.Routing;

/// <summary>
/// Passes a message an agency posted to every recipient its contract names, each through the delivery gate.
/// Adapters hold no rules: who gets what is decided here and by the agreements (the gate).
/// </summary>
public sealed class RouteToRecipients<T>(DeliveryGate gate) : IConsumer<T> where T : class
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<T> context)
    {
        var sender = context.SenderOf();
        foreach (var recipient in MessageCatalogue.For<T>().Recipients)
            await gate.Deliver(context, context.Message, sender, recipient);
    }
}
