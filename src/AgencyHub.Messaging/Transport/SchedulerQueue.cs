namespace AgencyHub.Messaging.Transport;

/// <summary>
/// Where every host sends MassTransit's <c>ScheduleMessage</c> and <c>CancelScheduledMessage</c>: the hub's
/// scheduler (AgencyHub.Scheduling, run by the orchestrator and the all-in-one host) holds them until they are due.
/// </summary>
public static class SchedulerQueue
{
    /// <summary>The queue's name.</summary>
    public const string Name = "hub-scheduler";

    /// <summary>The queue's address.</summary>
    public static Uri Address { get; } = new($"queue:{Name}");
}
