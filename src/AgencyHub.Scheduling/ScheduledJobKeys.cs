using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// Every scheduled message is a trigger, named by its scheduling token (so a token has one), of the one job that sends
/// scheduled messages.
/// </summary>
public static class ScheduledJobKeys
{
    /// <summary>The group of the job and of every scheduled message's trigger.</summary>
    public const string Group = "scheduled-messages";

    /// <summary>The job that sends every scheduled message.</summary>
    public static JobKey Job { get; } = new("send-scheduled-message", Group);

    /// <summary>The trigger of the token.</summary>
    public static TriggerKey Trigger(Guid tokenId) => new(tokenId.ToString("N"), Group);
}
