namespace AgencyHub.Persistence.Failures;

/// <summary>Where an operator's work on a <see cref="FailedMessage"/> stands.</summary>
public enum FailureStatus
{
    /// <summary>Waiting for an operator.</summary>
    Failed,

    /// <summary>An operator asked for a replay, which the hub (or the relay's adapter) is about to make.</summary>
    ReplayRequested,

    /// <summary>Sent again (through the gate, for a delivery); should it fail again, it is <see cref="Failed"/> again.</summary>
    Replayed,

    /// <summary>Discarded by an operator, with their reason.</summary>
    Discarded,

    /// <summary>Found applied already when it reached the store (its inbox row was committed): it can never be replayed.</summary>
    AlreadyApplied,
}
