namespace AgencyHub.Sagas.Deadlines;

/// <summary>A deadline of one PPO case that a saga scheduled for itself; internal to the hub.</summary>
public interface ICaseDeadline
{
    /// <summary>The case whose deadline fell due.</summary>
    Guid CaseId { get; }
}
