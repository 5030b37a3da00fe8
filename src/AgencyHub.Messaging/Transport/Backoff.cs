namespace AgencyHub.Messaging.Transport;

/// <summary>
/// Waits between attempts at something that keeps failing (an agency's webhook, the broker, a database): the first wait is
/// <paramref name="first"/>, each further one doubles, up to <paramref name="max"/>; a success starts again.
/// </summary>
public sealed class Backoff(TimeSpan first, TimeSpan max, TimeProvider clock)
{
    readonly TimeSpan _first = first;

    /// <summary>How long the next <see cref="Wait"/> waits.</summary>
    public TimeSpan Next { get; private set; } = first;

    /// <summary>After a success: the next failure waits the first delay again.</summary>
    public void Reset() => Next = _first;

    /// <summary>Waits <see cref="Next"/>, and doubles it for the time after.</summary>
    public async Task Wait(CancellationToken cancellationToken)
    {
        await Task.Delay(Next, clock, cancellationToken);
        Next = TimeSpan.FromTicks(Math.Min(Next.Ticks * 2, max.Ticks));
    }
}
