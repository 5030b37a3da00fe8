namespace AgencyHub.Contracts.Prosecution;

/// <summary>The CPS answer when police consult it before taking no further action on a PPO case
/// (PPO Strategy Initial Guidance 2004, Annex D).</summary>
public enum NfaResponse
{
    /// <summary>The CPS agrees that no further action be taken.</summary>
    AgreeNoFurtherAction,
    /// <summary>The CPS advises further investigation before any decision.</summary>
    FurtherInvestigation,
    /// <summary>The CPS advises that the person be charged; a charge decision follows.</summary>
    Charge,
}
