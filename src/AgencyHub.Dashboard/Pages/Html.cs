using System.Net;
using AgencyHub.Messaging.Time;

namespace AgencyHub.Dashboard.Pages;

/// <summary>What every page writes: text always encoded, times always in UK local time with the zone named.</summary>
public static class Html
{
    /// <summary><paramref name="text"/> safe as element content or a quoted attribute.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>
    /// <paramref name="at"/> as London clock time, "3 Dec 2026 18:57:05 GMT" (BST in summer; UTC where the machine has
    /// no time-zone data), in a <c>time</c> element carrying the exact instant; a dash for none.
    /// </summary>
    public static string Time(DateTimeOffset? at)
    {
        if (at is not { } instant) return "–";
        var local = TimeZoneInfo.ConvertTime(instant, UkTime.Zone);
        return $"<time datetime=\"{instant.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\">{local:d MMM yyyy HH:mm:ss} {ZoneOf(local)}</time>";
    }

    /// <summary>GMT or BST (UTC when the zone is not known).</summary>
    public static string ZoneOf(DateTimeOffset local) =>
        UkTime.Zone == TimeZoneInfo.Utc ? "UTC" : local.Offset == TimeSpan.Zero ? "GMT" : "BST";

    /// <summary>A date, "3 Dec 2026"; a dash for none.</summary>
    public static string Date(DateOnly? day) => day is { } d ? $"{d:d MMM yyyy}" : "–";

    /// <summary>How long until <paramref name="dueAt"/>, "in 3 h 20 min", or since, "passed 2 d 4 h ago".</summary>
    public static string TimeLeft(DateTimeOffset dueAt, DateTimeOffset now)
    {
        var left = dueAt - now;
        var span = left.Duration();
        var text = span.TotalDays >= 1 ? $"{(int)span.TotalDays} d {span.Hours} h"
            : span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes} min"
            : $"{Math.Max(1, (int)Math.Ceiling(span.TotalMinutes))} min";
        return left > TimeSpan.Zero ? $"in {text}" : $"passed {text} ago";
    }
}
