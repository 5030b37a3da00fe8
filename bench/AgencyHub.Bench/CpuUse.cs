using System.Diagnostics;

namespace AgencyHub.Bench;

/// <summary>
/// The CPU a phase used, from when this was made: by this process (the hub under test and the bench's publisher)
/// and by the whole machine (from /proc/stat, on Linux), so that a figure taken while something else loaded the
/// machine shows it.
/// </summary>
public sealed class CpuUse
{
    readonly long _started = Stopwatch.GetTimestamp();
    readonly TimeSpan _process = Process.GetCurrentProcess().TotalProcessorTime;
    readonly (long Busy, long Total)? _machine = Machine();

    /// <summary>E.g. "CPU 4.2 ms per event in this process (1.3 cores); machine 2.0 of 2 cores busy".</summary>
    public string Describe(int events)
    {
        var seconds = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var process = (Process.GetCurrentProcess().TotalProcessorTime - _process).TotalSeconds;
        var text = $"CPU {process * 1000 / Math.Max(events, 1):F1} ms per event in this process ({process / seconds:F2} cores)";
        if (_machine is { } before && Machine() is { } after && after.Total > before.Total)
            text += $"; machine {(double)(after.Busy - before.Busy) / (after.Total - before.Total) * Environment.ProcessorCount:F2} " +
                $"of {Environment.ProcessorCount} cores busy";
        return text;
    }

    // The first line of /proc/stat: "cpu user nice system idle iowait irq softirq steal ...", in clock ticks.
    static (long Busy, long Total)? Machine()
    {
        try
        {
            var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..].Select(long.Parse).ToArray();
            var total = ticks.Take(8).Sum();
            return (total - ticks[3] - ticks[4], total);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
