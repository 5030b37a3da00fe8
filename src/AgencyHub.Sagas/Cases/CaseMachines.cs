using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Release;
using AgencyHub.Sagas.Release;
using MassTransit;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// The state machines a case event is for, run in the transaction of the agency's message that caused it: the PPO case
/// first, then its release warning, which reads the case as the event left it.
/// </summary>
public sealed class CaseMachines(PpoCaseStateMachine cases, ReleaseWarningStateMachine warnings)
{
    readonly InProcessSaga<PpoCase> _cases = new(cases);

    /// <summary>The release warnings alone, for what concerns only them.</summary>
    public InProcessSaga<ReleaseWarning> Warnings { get; } = new(warnings);

    /// <summary>Applies <paramref name="caseEvent"/> to its case and to the case's release warning.</summary>
    public async Task Raise<T>(ConsumeContext context, CaseEvent<T> caseEvent) where T : class
    {
        await _cases.Raise(context, caseEvent.CaseId, caseEvent);
        await Warnings.Raise(context, caseEvent.CaseId, caseEvent);
    }
}
