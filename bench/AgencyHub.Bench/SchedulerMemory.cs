using System.Diagnostics;

namespace AgencyHub.Bench;

/// <summary>
/// The memory of this process (the scheduler's host, with the bench's own bus beside it): its working set and, after a
/// full collection, the GC heap.
/// </summary>
public sealed record SchedulerMemory(double WorkingSetMb, double GcHeapMb)
{
    public static SchedulerMemory Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new SchedulerMemory(process.WorkingSet64 / 1048576.0, heap / 1048576.0);
    }

    public override string ToString() => $"working set {WorkingSetMb:F0} MB, GC heap {GcHeapMb:F0} MB";
}
