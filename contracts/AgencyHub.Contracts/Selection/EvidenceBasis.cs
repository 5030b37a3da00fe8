namespace AgencyHub.Contracts.Selection;

/// <summary>
/// How an offence scored by the selection matrix is known: the convicted, admitted and suspected columns of the example
/// form (PPO Strategy Initial Guidance 2004, Annex C, Figure 3). Anecdote is none of these and is never scored
/// (PPO Strategy Initial Guidance 2004, Annex C §13).
/// </summary>
public enum EvidenceBasis
{
    /// <summary>A conviction, e.g. on the PNC.</summary>
    Convicted,
    /// <summary>Admitted by the person, e.g. in interview or as an offence taken into consideration.</summary>
    Admitted,
    /// <summary>Suspected on recorded intelligence or investigation, e.g. a signal crime not charged
    /// (PPO Strategy Initial Guidance 2004, Annex C §8).</summary>
    Suspected,
}
