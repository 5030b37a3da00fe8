using System.Diagnostics;

namespace AgencyHub.Bench;

/// <summary>
/// When each message of one measured batch was started and when it arrived, by index, in
/// <see cref="Stopwatch.GetTimestamp"/> ticks. Safe to fill from many threads; a repeat arrival is ignored.
/// </summary>
public sealed class Timings(int count)
{
    readonly long[] _started = new long[count];
    readonly long[] _received = new long[count];
    readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    int _receivedCount;

    public int Count => count;

    public int ReceivedCount => Volatile.Read(ref _receivedCount);

    /// <summary>Records that message <paramref name="index"/> was started now.</summary>
    public void Start(int index) => Volatile.Write(ref _started[index], Stopwatch.GetTimestamp());

    /// <summary>
    /// Records that message <paramref name="index"/> arrived <paramref name="at"/> (default: now), started at
    /// <paramref name="startedAt"/> (taken from the message itself) or, when null, at the time given to <see cref="Start"/>.
    /// </summary>
    public void Receive(int index, long? startedAt = null, long? at = null)
    {
        var now = at ?? Stopwatch.GetTimestamp();
        if ((uint)index >= (uint)count || Interlocked.CompareExchange(ref _received[index], now, 0) != 0) return;
        if (startedAt is { } started) Volatile.Write(ref _started[index], started);
        if (Interlocked.Increment(ref _receivedCount) == count) _complete.TrySetResult();
    }

    /// <summary>Waits until every message has arrived; false when <paramref name="timeout"/> passed first.</summary>
    public async Task<bool> WaitForAll(TimeSpan timeout)
    {
        try
        {
            await _complete.Task.WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Latencies (ms) of the messages that arrived, and the span from the first start to the last arrival.</summary>
    public (double[] LatenciesMs, double Seconds) Summarise()
    {
        var latencies = new List<double>(count);
        long first = long.MaxValue, last = long.MinValue;
        for (var i = 0; i < count; i++)
        {
            var started = Volatile.Read(ref _started[i]);
            var received = Volatile.Read(ref _received[i]);
            if (started != 0) first = Math.Min(first, started);
            if (received == 0 || started == 0) continue;
            last = Math.Max(last, received);
            latencies.Add(Stopwatch.GetElapsedTime(started, received).TotalMilliseconds);
        }
        var seconds = latencies.Count > 0 ? Stopwatch.GetElapsedTime(first, last).TotalSeconds : 0;
        return ([.. latencies], seconds);
    }
}

/// <summary>The figures of one scenario: messages, throughput and latency percentiles.</summary>
public sealed record LatencyStats(string Name, int Messages, int Missing, double Throughput, double P50, double P95, double P99, double Max)
{
    public static LatencyStats From(string name, Timings timings)
    {
        var (latencies, seconds) = timings.Summarise();
        Array.Sort(latencies);
        return new LatencyStats(name, timings.Count, timings.Count - latencies.Length,
            seconds > 0 ? latencies.Length / seconds : 0,
            Percentile(latencies, 50), Percentile(latencies, 95), Percentile(latencies, 99),
            latencies.Length > 0 ? latencies[^1] : double.NaN);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    static double Percentile(double[] sorted, double percent) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
