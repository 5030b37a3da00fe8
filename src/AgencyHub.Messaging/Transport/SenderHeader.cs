using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Validation;
using MassTransit;

namespace AgencyHub.Messaging.Transport;

/// <summary>Reads which agency sent a message, as stamped by its adapter in <see cref="HubHeaders.Sender"/>.</summary>
public static class SenderHeader
{
    /// <summary>The sending agency; a missing sender, or one the contract does not allow, is a permanent failure.</summary>
    public static Agency SenderOf<T>(this ConsumeContext<T> context) where T : class
    {
        var contract = MessageCatalogue.For<T>();
        var value = context.Headers.Get<string>(HubHeaders.Sender);
        if (!AgencyNames.TryParse(value, out var sender) || !contract.IsSentBy(sender))
            throw new UnknownSenderException(contract.Name, value);
        return sender;
    }
}

/// <summary>A message whose sender header is missing or names an agency that may not send it.</summary>
public sealed class UnknownSenderException(string messageType, string? sender)
    : PermanentMessageFailure($"{messageType} arrived with sender '{sender ?? "(none)"}', which may not send it");
