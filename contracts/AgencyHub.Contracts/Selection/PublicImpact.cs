namespace AgencyHub.Contracts.Selection;

/// <summary>The impact of a candidate's offending on the public: the "Impact on Public" table of
/// PPO Strategy Initial Guidance 2004, Annex C, Figure 3.</summary>
public enum PublicImpact
{
    /// <summary>Serious impact.</summary>
    Serious,
    /// <summary>Moderate impact.</summary>
    Moderate,
    /// <summary>Slight or no impact.</summary>
    SlightOrNone,
}
