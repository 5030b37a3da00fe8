namespace AgencyHub.Contracts.Prosecution;

/// <summary>What the CPS advises or decides on a PPO case before or at charge
/// (PPO Strategy Initial Guidance 2004, Annex D).</summary>
public enum ChargingDecision
{
    /// <summary>Charge the person with the offences given.</summary>
    Charge,
    /// <summary>Take no further action.</summary>
    NoFurtherAction,
    /// <summary>More evidence is needed before a decision; the case stays open.</summary>
    FurtherEvidenceRequired,
    /// <summary>Deal with the case out of court, e.g. by a caution.</summary>
    OutOfCourtDisposal,
}
