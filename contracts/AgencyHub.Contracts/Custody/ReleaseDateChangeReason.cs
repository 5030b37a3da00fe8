namespace AgencyHub.Contracts.Custody;

/// <summary>Why a prisoner's release date changed.</summary>
public enum ReleaseDateChangeReason
{
    /// <summary>The sentence was recalculated, e.g. to credit time on remand.</summary>
    SentenceRecalculated,
    /// <summary>Additional days were awarded for an offence against prison discipline.</summary>
    AdditionalDaysAwarded,
    /// <summary>A further sentence was passed.</summary>
    FurtherSentence,
    /// <summary>An appeal changed the conviction or sentence.</summary>
    AppealOutcome,
    /// <summary>Early release on home detention curfew was granted.</summary>
    HomeDetentionCurfew,
    /// <summary>The Parole Board directed or refused release.</summary>
    ParoleDecision,
    /// <summary>Any other reason.</summary>
    Other,
}
