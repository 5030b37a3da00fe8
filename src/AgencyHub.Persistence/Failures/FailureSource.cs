namespace AgencyHub.Persistence.Failures;

/// <summary>Where a <see cref="FailedMessage"/> was found.</summary>
public enum FailureSource
{
    /// <summary>An error queue: a consumer failed it through every retry tier, or the broker's delivery limit moved it.</summary>
    Queue,

    /// <summary>An adapter's ingress relay, which could not publish a message an agency posted.</summary>
    Relay,

    /// <summary>An adapter's webhook pusher, whose agency kept refusing a delivery.</summary>
    Webhook,
}
