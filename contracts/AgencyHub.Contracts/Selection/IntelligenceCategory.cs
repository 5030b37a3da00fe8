namespace AgencyHub.Contracts.Selection;

/// <summary>
/// The broad kind of an intelligence report about a PPO. Only the kind is shared, never the content: the report
/// stays in the force's own intelligence system.
/// </summary>
public enum IntelligenceCategory
{
    /// <summary>The person was seen, e.g. on patrol or by a neighbourhood team.</summary>
    Sighting,
    /// <summary>The person was stopped and searched or checked.</summary>
    StopCheck,
    /// <summary>Information suggests the person is offending.</summary>
    SuspectedOffending,
    /// <summary>Information about the person's associates or the drug market they use.</summary>
    AssociatesOrDrugMarket,
    /// <summary>Any other intelligence report.</summary>
    Other,
}
