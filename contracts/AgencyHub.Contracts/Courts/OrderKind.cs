namespace AgencyHub.Contracts.Courts;

/// <summary>The kind of court order flagged to the services that carry it out
/// (PPO Strategy Initial Guidance 2004, Annex D).</summary>
public enum OrderKind
{
    /// <summary>Remand in custody.</summary>
    RemandInCustody,
    /// <summary>Bail with conditions, e.g. curfew or residence.</summary>
    ConditionalBail,
    /// <summary>Custodial sentence.</summary>
    CustodialSentence,
    /// <summary>Community order.</summary>
    CommunityOrder,
    /// <summary>Suspended sentence order.</summary>
    SuspendedSentenceOrder,
    /// <summary>Youth rehabilitation order.</summary>
    YouthRehabilitationOrder,
    /// <summary>Detention and training order.</summary>
    DetentionAndTrainingOrder,
    /// <summary>Any other order.</summary>
    Other,
}
