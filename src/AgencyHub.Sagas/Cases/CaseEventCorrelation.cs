using AgencyHub.Sagas.Deadlines;
using MassTransit;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// How the hub's sagas find the instance a case event or a case deadline is for: by the case's id. Neither is ever
/// published (case events are raised in the intake's transaction, deadlines sent back by the scheduler), so neither
/// binds an exchange to the intake's queue.
/// </summary>
static class CaseEventCorrelation
{
    /// <summary>To the case's instance, which the event may create (when the machine's initial state takes it).</summary>
    public static void ToCase<TSaga, T>(IEventCorrelationConfigurator<TSaga, CaseEvent<T>> e)
        where TSaga : class, SagaStateMachineInstance where T : class
    {
        e.CorrelateById(c => c.Message.CaseId);
        e.ConfigureConsumeTopology = false;
    }

    /// <summary>To the case's instance; a message for a case that has none is discarded, not an error.</summary>
    public static void ToExisting<TSaga, T>(IEventCorrelationConfigurator<TSaga, CaseEvent<T>> e)
        where TSaga : class, SagaStateMachineInstance where T : class
    {
        ToCase(e);
        e.OnMissingInstance(m => m.Discard());
    }

    /// <summary>A deadline the saga scheduled comes back to the case it was scheduled for.</summary>
    public static void ToCase<TSaga, TDeadline>(IScheduleConfigurator<TSaga, TDeadline> schedule)
        where TSaga : class, SagaStateMachineInstance where TDeadline : class, ICaseDeadline =>
        schedule.Received = r =>
        {
            r.CorrelateById(c => c.Message.CaseId);
            r.ConfigureConsumeTopology = false;
        };
}
