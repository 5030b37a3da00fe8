namespace AgencyHub.Messaging.Transport;

/// <summary>
/// The queue of the hub's message scheduler (AgencyHub.Scheduling), named here because every real bus sends its
/// <c>ScheduleMessage</c> and <c>CancelScheduledMessage</c> to it, and the scheduler builds on this project.
/// </summary>
public static class SchedulerQueue
{
    /// <summary>The queue's name.</summary>
    public const string Name = "hub-scheduler";

    /// <summary>The queue's address (<see cref="QueueAddress.Of"/>).</summary>
    public static Uri Address { get; } = QueueAddress.Of(Name);
}
