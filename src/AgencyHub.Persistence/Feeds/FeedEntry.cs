namespace AgencyHub.Persistence.Feeds;

/// <summary>One delivery waiting in an agency's feed until the agency acknowledges it.</summary>
public sealed class FeedEntry
{
    /// <summary>The recipient agency's slug.</summary>
    public string Agency { get; set; } = "";

    /// <summary>
    /// Position in that agency's feed: consecutive, and in commit order (see <see cref="FeedHead"/>). Negative, and not
    /// yet readable, while an entry waits to be numbered (PostgreSQL, <see cref="FeedStore.Number"/>).
    /// </summary>
    public long Cursor { get; set; }

    /// <summary>The delivery's id; one delivery is in a feed at most once.</summary>
    public Guid DeliveryId { get; set; }

    /// <summary>Contract name.</summary>
    public string MessageType { get; set; } = "";

    /// <summary>Contract version.</summary>
    public int Version { get; set; }

    /// <summary>Who sent it (an agency slug, or <c>hub</c>).</summary>
    public string Sender { get; set; } = "";

    /// <summary>Why it is shared.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>The message that caused the delivery.</summary>
    public Guid? SourceMessageId { get; set; }

    /// <summary>When the hub delivered it.</summary>
    public DateTimeOffset DeliveredAt { get; set; }

    /// <summary>The agreement (id@version) the delivery was allowed under, for its disclosure in the audit trail.</summary>
    public string? Agreement { get; set; }

    /// <summary>Whom the delivery is about (<see cref="Audit.PersonReference"/>), for the same.</summary>
    public string? PersonReference { get; set; }

    /// <summary>The hub's marks on the delivery, comma-separated in their wire names (e.g. <c>ppo,priority</c>); null for none.</summary>
    public string? Marks { get; set; }

    /// <summary>The message, as JSON.</summary>
    public string Payload { get; set; } = "";
}
