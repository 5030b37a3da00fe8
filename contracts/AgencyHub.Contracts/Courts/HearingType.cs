namespace AgencyHub.Contracts.Courts;

/// <summary>What a listed court hearing is for.</summary>
public enum HearingType
{
    /// <summary>First appearance after charge.</summary>
    FirstHearing,
    /// <summary>Plea and case management or trial preparation.</summary>
    CaseManagement,
    /// <summary>Trial (PPO Strategy Initial Guidance 2004, Annex D: the earliest appropriate trial date).</summary>
    Trial,
    /// <summary>Sentencing after conviction.</summary>
    Sentence,
    /// <summary>Breach of a community order or other court order.</summary>
    Breach,
    /// <summary>Bail application or review.</summary>
    Bail,
    /// <summary>Appeal against conviction or sentence.</summary>
    Appeal,
}
