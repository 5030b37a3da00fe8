namespace AgencyHub.Contracts.Courts;

/// <summary>Why a trial did not go ahead on the day it was listed.</summary>
public enum IneffectiveTrialReason
{
    /// <summary>The defendant did not attend.</summary>
    DefendantAbsent,
    /// <summary>A prosecution witness did not attend.</summary>
    ProsecutionWitnessAbsent,
    /// <summary>A defence witness did not attend.</summary>
    DefenceWitnessAbsent,
    /// <summary>The prosecution was not ready, e.g. disclosure or evidence outstanding.</summary>
    ProsecutionNotReady,
    /// <summary>The defence was not ready.</summary>
    DefenceNotReady,
    /// <summary>The defendant was in custody but not produced.</summary>
    DefendantNotProduced,
    /// <summary>No court, judge or magistrates available, or the list overran.</summary>
    CourtAdministration,
    /// <summary>Any other reason.</summary>
    Other,
}
