using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Validation;
using MassTransit;

namespace AgencyHub.Messaging.Transport;

/// <summary>
/// Which agency sent a message. Over RabbitMQ the broker says (<see cref="BrokerSender"/>): an adapter's user is its
/// agency whatever the message's headers claim, and only the orchestrator's own user (the all-in-one host's relays
/// included) is trusted to name the sender in <see cref="HubHeaders.Sender"/>. In memory, where every party is one
/// process, the header set by the adapter is the sender.
/// </summary>
public static class SenderHeader
{
    /// <summary>The sending agency; an unknown sender, or one the contract does not allow, is a permanent failure.</summary>
    public static Agency SenderOf<T>(this ConsumeContext<T> context) where T : class
    {
        var contract = MessageCatalogue.For<T>();
        var header = context.Headers.Get<string>(HubHeaders.Sender);
        if (context.TryGetPayload(out BrokerSender? broker) && !broker.IsHub)
        {
            if (broker.Party is not { } party || !contract.IsSentBy(party))
                throw new UnknownSenderException(contract.Name,
                    broker.UserId is null ? "no validated user-id" : $"broker user '{broker.UserId}'");
            return party;
        }
        if (!AgencyNames.TryParse(header, out var sender) || !contract.IsSentBy(sender))
            throw new UnknownSenderException(contract.Name, $"sender header '{header ?? "(none)"}'");
        return sender;
    }
}

/// <summary>A message whose sender is unknown or may not send it: it goes to the error queue with this reason.</summary>
public sealed class UnknownSenderException(string messageType, string sender)
    : PermanentMessageFailure($"{messageType} arrived from {sender}, which may not send it");
