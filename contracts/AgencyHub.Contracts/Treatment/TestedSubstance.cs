namespace AgencyHub.Contracts.Treatment;

/// <summary>A substance a drug test found.</summary>
public enum TestedSubstance
{
    /// <summary>Opiates, e.g. heroin.</summary>
    Opiates,
    /// <summary>Cocaine, including crack cocaine.</summary>
    Cocaine,
    /// <summary>Any other substance tested for.</summary>
    Other,
}
