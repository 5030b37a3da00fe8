namespace AgencyHub.Persistence.Feeds;

/// <summary>What came of acknowledging a feed cursor.</summary>
public enum AcknowledgeOutcome
{
    /// <summary>The feed moved on to the cursor.</summary>
    Acknowledged,

    /// <summary>The cursor was the one already acknowledged: nothing changed.</summary>
    AlreadyAcknowledged,

    /// <summary>The cursor is before the one already acknowledged: a feed does not move backwards.</summary>
    Behind,

    /// <summary>The feed has not reached the cursor.</summary>
    BeyondEnd,
}
