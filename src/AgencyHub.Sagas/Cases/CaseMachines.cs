using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Recall;
using AgencyHub.Persistence.Release;
using AgencyHub.Sagas.Recall;
using AgencyHub.Sagas.Release;
using MassTransit;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// The state machines a case event is for, run in the transaction of the agency's message that caused it: the PPO case
/// first, then its release warning and its recall, which read the case as the event left it.
/// </summary>
public sealed class CaseMachines(PpoCaseStateMachine cases, ReleaseWarningStateMachine warnings, RecallStateMachine recalls)
{
    readonly InProcessSaga<PpoCase> _cases = new(cases);
    readonly InProcessSaga<RecallWatch> _recalls = new(recalls);

    /// <summary>The release warnings alone, for what concerns only them.</summary>
    public InProcessSaga<ReleaseWarning> Warnings { get; } = new(warnings);

    /// <summary>Applies <paramref name="caseEvent"/> to its case, the case's release warning and its recall.</summary>
    public async Task Raise<T>(ConsumeContext context, CaseEvent<T> caseEvent) where T : class
    {
        await _cases.Raise(context, caseEvent.CaseId, caseEvent);
        await Warnings.Raise(context, caseEvent.CaseId, caseEvent);
        // Every reception would otherwise look for a recall: only one for recall can concern it.
        if (RecallStateMachine.Concerns(caseEvent.Message)) await _recalls.Raise(context, caseEvent.CaseId, caseEvent);
    }
}
