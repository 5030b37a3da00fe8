namespace AgencyHub.Contracts.Selection;

/// <summary>The six grounds for removing a person from a PPO list (Offender Management Update 2009 §5.2).</summary>
public enum DeselectionCriterion
{
    /// <summary>No arrest or intelligence for six months.</summary>
    NoActivityForSixMonths,
    /// <summary>Moved out of the area; the receiving scheme is informed.</summary>
    MovedArea,
    /// <summary>Long custodial sentence (over two years), after a risk assessment.</summary>
    LongCustodialSentence,
    /// <summary>Regular review of the list (at least quarterly).</summary>
    RegularReview,
    /// <summary>Review after two years on the list.</summary>
    TwoYearReview,
    /// <summary>High risk of harm: referred to MAPPA instead.</summary>
    HighRiskOfHarm,
}
