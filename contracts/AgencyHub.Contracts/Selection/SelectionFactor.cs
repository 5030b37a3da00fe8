namespace AgencyHub.Contracts.Selection;

/// <summary>
/// A factor the selection matrix scores besides offences: the "Other Factors" and "Victims" rows of
/// PPO Strategy Initial Guidance 2004, Annex C, Figure 3. Each scheme sets its own points for them
/// (PPO Strategy Initial Guidance 2004, Annex C §5, §12).
/// </summary>
public enum SelectionFactor
{
    /// <summary>Offends to fund a way of life ("crime dependant").</summary>
    CrimeDependent,
    /// <summary>Drug dependent on a test result (CJIP, mandatory drug testing;
    /// PPO Strategy Initial Guidance 2004, Annex C §8).</summary>
    DrugDependentTested,
    /// <summary>Drug dependent by the person's own report.</summary>
    DrugDependentSelfReported,
    /// <summary>Alcohol dependent.</summary>
    AlcoholDependent,
    /// <summary>Offends against elderly victims.</summary>
    VictimElderly,
    /// <summary>Offending is racially motivated.</summary>
    VictimRacial,
    /// <summary>A high OASys or OGRS assessment (PPO Strategy Initial Guidance 2004, Annex C §5-6).</summary>
    OasysOrOgrsHigh,
    /// <summary>Offending is in a crime type the CDRP has made a local priority
    /// (PPO Strategy Initial Guidance 2004, Annex C §14, Figure 2).</summary>
    CdrpPriority,
}
