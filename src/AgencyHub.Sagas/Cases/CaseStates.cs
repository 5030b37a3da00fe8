namespace AgencyHub.Sagas.Cases;

/// <summary>Which states of a PPO case make the person a current PPO of its scheme.</summary>
public static class CaseStates
{
    /// <summary>The states of a closed case: de-selected, or the person moved to another scheme's area.</summary>
    public static IReadOnlyList<string> Closed { get; } = [nameof(PpoCaseStateMachine.Deselected), nameof(PpoCaseStateMachine.MovedArea)];

    /// <summary>True unless the case is closed (a new case is current).</summary>
    public static bool IsCurrent(string state) => !Closed.Contains(state);
}
