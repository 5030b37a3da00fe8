using AgencyHub.Persistence.Database;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// The scheduler's part of <c>migrate</c> on PostgreSQL: creates Quartz's tables where missing and tunes them
/// (<see cref="SchedulerStore.KeepJobDataOutOfLine"/>), both owner's work, so the orchestrator can run with a role that
/// only reads and writes them. Quartz creates its tables as a scheduler starts; this starts one of its own name, which
/// has no triggers and so fires nothing, and shuts it down again.
/// </summary>
public sealed class SchedulerSchema(SchedulerStore store, SchedulerOptions options) : ISchemaStep
{
    const string Name = "agencyhub-scheduler-schema";

    /// <inheritdoc />
    public async Task Apply(CancellationToken cancellationToken)
    {
        await using var provider = new ServiceCollection()
            .AddLogging()
            .AddQuartz(Name, quartz => quartz.UsePersistentStore(builder => store.Configure(builder, options)))
            .BuildServiceProvider();
        var scheduler = provider.GetRequiredKeyedService<IScheduler>(Name);
        await scheduler.Start(cancellationToken);
        await scheduler.Shutdown(waitForJobsToComplete: false, cancellationToken);
        await store.KeepJobDataOutOfLine(cancellationToken);
    }
}
