namespace AgencyHub.Contracts.Selection;

/// <summary>Why a PPO's place on the list is due for review (Offender Management Update 2009 §5.2).</summary>
public enum ReviewReason
{
    /// <summary>No arrest and no intelligence report for six months (criterion 1): review for de-selection.</summary>
    NoActivityForSixMonths,
    /// <summary>Two years on the list (criterion 5): review for de-selection.</summary>
    TwoYearsOnList,
    /// <summary>De-selected for a long custodial sentence and due for release in three months (criterion 3):
    /// review for re-selection.</summary>
    ReleaseAfterLongSentence,
}
