namespace AgencyHub.Contracts.Treatment;

/// <summary>The result of a drug test.</summary>
public enum DrugTestOutcome
{
    /// <summary>No tested substance found.</summary>
    Negative,
    /// <summary>One or more tested substances found.</summary>
    Positive,
    /// <summary>The person refused or failed to give a sample.</summary>
    Refused,
}
