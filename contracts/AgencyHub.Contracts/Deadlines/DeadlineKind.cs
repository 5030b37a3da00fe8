namespace AgencyHub.Contracts.Deadlines;

/// <summary>The deadlines the hub watches (DOMAIN.md, "Flows and their deadlines").</summary>
public enum DeadlineKind
{
    /// <summary>Police acknowledgement of a pre-release notice (002 §39; by default 2 working days).</summary>
    PreReleaseAcknowledgement,
    /// <summary>Needs assessment within 24 hours of arrival in prison (seed 003, 2009 recommendations).</summary>
    NeedsAssessment,
    /// <summary>ERRS decision on a recall request (004 §58; by default 24 hours).</summary>
    RecallDecision,
    /// <summary>A recalled person back in custody (000 §9.10; by default 7 days).</summary>
    ReturnToCustody,
    /// <summary>A de-selection review that is due (seed 003: six months without activity, quarterly, two years on
    /// the list, or three months before release after a long sentence).</summary>
    DeselectionReview,
}
