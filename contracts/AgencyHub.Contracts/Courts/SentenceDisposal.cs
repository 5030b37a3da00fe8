namespace AgencyHub.Contracts.Courts;

/// <summary>The main sentence a court passed.</summary>
public enum SentenceDisposal
{
    /// <summary>Immediate custody.</summary>
    Custody,
    /// <summary>Community order, supervised by probation.</summary>
    CommunityOrder,
    /// <summary>Custodial sentence suspended, usually with requirements.</summary>
    SuspendedSentence,
    /// <summary>Fine.</summary>
    Fine,
    /// <summary>Absolute or conditional discharge.</summary>
    Discharge,
    /// <summary>Youth rehabilitation order, supervised by the YOT.</summary>
    YouthRehabilitationOrder,
    /// <summary>Detention and training order (custody for a juvenile).</summary>
    DetentionAndTrainingOrder,
}
