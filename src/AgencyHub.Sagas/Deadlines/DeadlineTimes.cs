using MassTransit;

namespace AgencyHub.Sagas.Deadlines;

/// <summary>Deadlines as a state machine's activities compute them.</summary>
static class DeadlineTimes
{
    /// <summary>
    /// How long from now until <paramref name="due"/>, never negative: a deadline already past is scheduled for at once.
    /// Sagas schedule by delay rather than by instant so that the injected clock decides (tests move it).
    /// </summary>
    public static TimeSpan Until(this PipeContext context, DateTimeOffset? due)
    {
        var left = (due ?? DateTimeOffset.MinValue) - context.Now();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>The deadline settings of the scheme <paramref name="schemeCode"/>.</summary>
    public static DeadlineSettings DeadlinesOf(this PipeContext context, string schemeCode) =>
        context.Service<SchemeDeadlines>().For(schemeCode);
}
