namespace AgencyHub.Messaging.Time;

/// <summary>
/// The calendar the agencies of England and Wales keep: days begin at midnight in London, GMT or BST. A deadline
/// "28 days before release" or "two working days after the notice" is counted in these days, not in UTC ones.
/// </summary>
public static class UkTime
{
    /// <summary>Europe/London, or UTC where the machine has no time-zone data (a slim container image).</summary>
    public static TimeZoneInfo Zone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var london) ? london : TimeZoneInfo.Utc;

    /// <summary>The day <paramref name="instant"/> falls on in England and Wales.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>Midnight at the start of <paramref name="day"/> in England and Wales.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => At(day, TimeOnly.MinValue);

    /// <summary><paramref name="time"/> (London clock time) on <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        // A clock time skipped when the clocks go forward is read as the hour after it.
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The London clock time of <paramref name="instant"/>.</summary>
    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
