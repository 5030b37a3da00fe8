namespace AgencyHub.Contracts.Courts;

/// <summary>Why a court issued a warrant for a person's arrest.</summary>
public enum WarrantKind
{
    /// <summary>The person failed to appear at court.</summary>
    FailureToAppear,
    /// <summary>The person broke bail conditions.</summary>
    BreachOfBail,
    /// <summary>The person breached a community order or other court order
    /// (Joint Inspection Report 2004 §9.11).</summary>
    BreachOfOrder,
    /// <summary>The person has not paid a fine.</summary>
    FineDefault,
}
