namespace AgencyHub.Contracts.Recall;

/// <summary>The Early Release and Recall Section's decision on a recall request.</summary>
public enum RecallDecision
{
    /// <summary>The licence is revoked and the person is to be returned to custody.</summary>
    Recalled,
    /// <summary>The person is not recalled; probation continues to supervise.</summary>
    NotRecalled,
}
