namespace AgencyHub.IntegrationTests.Scheduling;

/// <summary>
/// Scheduler tests run hosts that consume <c>hub-scheduler</c> on the shared broker, so they run on their own: a shared
/// hub's orchestrator would compete for the queue and keep what it took in its own database.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SchedulerCollection
{
    public const string Name = "Scheduler";
}
