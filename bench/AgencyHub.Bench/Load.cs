using System.Diagnostics;

namespace AgencyHub.Bench;

/// <summary>The two ways the benchmarks drive load: a bounded number in flight, or a fixed rate by the wall clock.</summary>
public static class Load
{
    /// <summary>Runs <paramref name="send"/> for 0..count-1 with at most <paramref name="concurrency"/> in flight.</summary>
    public static Task Bounded(int count, int concurrency, Func<int, Task> send)
    {
        var next = -1;
        async Task Worker()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count) await send(i);
        }
        return Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, count)).Select(_ => Task.Run(Worker)));
    }

    /// <summary>
    /// Open loop: starts <paramref name="send"/>(i) at i / <paramref name="perSecond"/> seconds after the start, whether
    /// or not earlier sends have finished. Returns how late the latest start was against its schedule.
    /// </summary>
    public static async Task<TimeSpan> AtRate(int count, double perSecond, Func<int, Task> send)
    {
        var start = Stopwatch.GetTimestamp();
        var sends = new Task[count];
        var worstLag = TimeSpan.Zero;
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            var wait = due - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            var lag = Stopwatch.GetElapsedTime(start) - due;
            if (lag > worstLag) worstLag = lag;
            var index = i;
            sends[i] = Task.Run(() => send(index));
        }
        await Task.WhenAll(sends);
        return worstLag;
    }
}
