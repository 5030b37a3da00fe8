using AgencyHub.Messaging.Transport;
using AgencyHub.Messaging.Validation;
using MassTransit;
using MassTransit.Scheduling;

namespace AgencyHub.Scheduling;

/// <summary>
/// What the scheduler takes on: over RabbitMQ only requests from the hub's own broker user (broker permissions already
/// keep every other user off its queue), and only messages to the hub's own queues, so a stored deadline can never be
/// turned into a delivery, or into a message from the hub to an agency.
/// </summary>
static class ScheduleRequests
{
    public static void CheckSender<T>(ConsumeContext<T> context) where T : class
    {
        if (context.TryGetPayload(out BrokerSender? broker) && !broker.IsHub)
            throw new RefusedScheduleRequest($"it came from broker user '{broker.UserId ?? "(none)"}', not the hub's");
    }

    public static void CheckDestination(ScheduleMessage message)
    {
        if (!HubQueues.IsScheduledDestination(message.Destination))
            throw new RefusedScheduleRequest($"its destination {message.Destination} is not one of the hub's queues");
    }
}

/// <summary>A schedule request the scheduler refuses: to the error queue, with the reason.</summary>
sealed class RefusedScheduleRequest(string reason) : PermanentMessageFailure($"Schedule request refused: {reason}");
