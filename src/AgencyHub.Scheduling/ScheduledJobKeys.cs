using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>A scheduled message's job and trigger are both named by its scheduling token, so a token has one of each.</summary>
public static class ScheduledJobKeys
{
    /// <summary>The group of every scheduled message's job and trigger.</summary>
    public const string Group = "scheduled-messages";

    /// <summary>The job of the token.</summary>
    public static JobKey Job(Guid tokenId) => new(tokenId.ToString("N"), Group);
}
