using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Transport;
using AgencyHub.Messaging.Validation;
using MassTransit;
using MassTransit.Scheduling;

namespace AgencyHub.Scheduling;

/// <summary>
/// What the scheduler takes on. From the hub's own broker user: messages to the hub's own queues, so a stored deadline
/// can never be turned into a delivery, or into a message from the hub to an agency. The one way into a delivery
/// queue is a redelivery (<see cref="FailurePolicy"/>): a delivery that already passed the gate, coming back to the
/// queue it failed on; an adapter's user may ask for that on its own delivery queue and nothing else. Only the hub may
/// cancel. In memory, where every party is one process, every request is the hub's.
/// </summary>
static class ScheduleRequests
{
    public static void CheckCanceller<T>(ConsumeContext<T> context) where T : class
    {
        if (context.TryGetPayload(out BrokerSender? broker) && !broker.IsHub)
            throw new RefusedScheduleRequest($"it came from broker user '{broker.UserId ?? "(none)"}', not the hub's");
    }

    /// <summary>Refuses <paramref name="context"/>'s request unless its sender may send to its destination.</summary>
    public static void Check(ConsumeContext<ScheduleMessage> context)
    {
        var destination = context.Message.Destination;
        var queue = QueueAddress.NameOf(destination);
        var deliveryQueueOf = DeliveryQueues.OwnerOf(queue);
        if (context.TryGetPayload(out BrokerSender? broker) && !broker.IsHub)
        {
            if (broker.Party is not { } party || party != deliveryQueueOf)
                throw new RefusedScheduleRequest($"broker user '{broker.UserId ?? "(none)"}' may schedule only redeliveries to its own delivery queue, not to {destination}");
        }
        else if (deliveryQueueOf is null)
        {
            if (!HubQueues.IsScheduledDestination(destination))
                throw new RefusedScheduleRequest($"its destination {destination} is not one of the hub's queues");
            return;
        }
        if (RedeliveredMessageId(context) is null)
            throw new RefusedScheduleRequest($"its destination {destination} is a delivery queue, and it is no redelivery of a delivery");
    }

    /// <summary>
    /// For the request of a redelivery, the id of the message it brings back: MassTransit's request carries the failed
    /// message's headers, with its count of redeliveries and its original id. None for any other request.
    /// </summary>
    public static Guid? RedeliveredMessageId(ConsumeContext<ScheduleMessage> context) =>
        context.Headers.TryGetHeader(MessageHeaders.RedeliveryCount, out _)
        && Guid.TryParse(context.Headers.Get<string>(MessageHeaders.OriginalMessageId), out var original)
            ? original
            : null;
}

/// <summary>A schedule request the scheduler refuses: to the error queue, with the reason.</summary>
sealed class RefusedScheduleRequest(string reason) : PermanentMessageFailure($"Schedule request refused: {reason}");
