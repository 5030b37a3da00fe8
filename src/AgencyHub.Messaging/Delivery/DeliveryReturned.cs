namespace AgencyHub.Messaging.Delivery;

/// <summary>
/// A delivery the recipient's adapter would not put on its feed because what the gate relied on changed after it
/// decided: the agreement has a newer version (amended, suspended, lapsed, ended), or the person withdrew consent. Sent
/// back to the hub (<see cref="DeliveryQueues.Returned"/>), which decides it again: delivered afresh if it is still
/// allowed, held otherwise.
/// </summary>
public sealed record DeliveryReturned
{
    /// <summary>The delivery as the adapter received it: the recipient's copy, already minimised.</summary>
    public required AgencyDelivery Delivery { get; init; }

    /// <summary>Why the adapter returned it, without personal data.</summary>
    public required string Reason { get; init; }

    /// <summary>When the adapter returned it.</summary>
    public required DateTimeOffset ReturnedAt { get; init; }
}
