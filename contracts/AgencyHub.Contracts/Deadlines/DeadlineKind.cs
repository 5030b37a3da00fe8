namespace AgencyHub.Contracts.Deadlines;

/// <summary>The deadlines the hub watches (docs/domain.md, "Deadlines").</summary>
public enum DeadlineKind
{
    /// <summary>Police acknowledgement of a pre-release notice (PPO Strategy Supplementary Annex 2004 §39; by default 2
    /// working days).</summary>
    PreReleaseAcknowledgement,
    /// <summary>Needs assessment within 24 hours of arrival in prison
    /// (Offender Management Update 2009, Paper 2).</summary>
    NeedsAssessment,
    /// <summary>ERRS decision on a recall request (PPO Strategy Initial Guidance 2004 §58; by default 24
    /// hours).</summary>
    RecallDecision,
    /// <summary>A recalled person back in custody (Joint Inspection Report 2004 §9.10; by default 7 days).</summary>
    ReturnToCustody,
    /// <summary>A de-selection review that is due (Offender Management Update 2009 §5.2: six months without activity,
    /// quarterly, two years on the list, or three months before release after a long sentence).</summary>
    DeselectionReview,
}
