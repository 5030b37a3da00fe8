namespace AgencyHub.Persistence.Outbox;

/// <summary>
/// The inbox: one row per message an endpoint's consumer or saga has received. It is what makes a redelivered
/// message have no second effect (consumed once), and what tells a redelivery that the messages the first attempt
/// stored in the outbox still need delivering.
/// </summary>
public sealed class InboxEntry
{
    /// <summary>The received message's id.</summary>
    public Guid MessageId { get; set; }

    /// <summary>Which consumer or saga on which endpoint received it.</summary>
    public Guid ConsumerId { get; set; }

    /// <summary>First received (UTC).</summary>
    public DateTime Received { get; set; }

    /// <summary>How many times it has been received.</summary>
    public int ReceiveCount { get; set; }

    /// <summary>When the consumer's work was committed (UTC); set means never consume again.</summary>
    public DateTime? Consumed { get; set; }

    /// <summary>When every outbox message it caused was sent (UTC).</summary>
    public DateTime? Delivered { get; set; }

    /// <summary>The last outbox message sent, so a resumed delivery skips those already sent.</summary>
    public long? LastSequenceNumber { get; set; }
}
