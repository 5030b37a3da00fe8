namespace AgencyHub.Sagas.Cases;

/// <summary>Which states of a PPO case make the person a current PPO of its scheme.</summary>
public static class CaseStates
{
    static readonly string[] NotCurrent = [nameof(PpoCaseStateMachine.Deselected), nameof(PpoCaseStateMachine.MovedArea)];

    /// <summary>True unless the case is de-selected or the person moved to another scheme's area (a new case is current).</summary>
    public static bool IsCurrent(string state) => !NotCurrent.Contains(state);
}
