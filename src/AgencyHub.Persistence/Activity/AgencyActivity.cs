namespace AgencyHub.Persistence.Activity;

/// <summary>
/// One act of an agency system at its adapter (a message posted, a feed read or acknowledged) or on its credentials,
/// written in the same transaction as the act: who did what, when. The record the audit trail is built from.
/// </summary>
public sealed class AgencyActivity
{
    /// <summary>Order of recording.</summary>
    public long Sequence { get; set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The agency acted for (its slug).</summary>
    public string Agency { get; set; } = "";

    /// <summary>Who acted: the agency system's name, or for a credential change the operator.</summary>
    public string Actor { get; set; } = "";

    /// <summary>What was done.</summary>
    public ActivityKind Kind { get; set; }

    /// <summary>The message posted, if any.</summary>
    public Guid? MessageId { get; set; }

    /// <summary>The posted message's type, if any.</summary>
    public string? MessageType { get; set; }

    /// <summary>The first feed cursor read, or the cursor acknowledged.</summary>
    public long? FromCursor { get; set; }

    /// <summary>The last feed cursor read.</summary>
    public long? ToCursor { get; set; }

    /// <summary>For a credential change: which key and what changed (never the secret).</summary>
    public string? Detail { get; set; }
}

/// <summary>The acts <see cref="AgencyActivity"/> records.</summary>
public enum ActivityKind
{
    /// <summary>A message accepted at ingress.</summary>
    MessagePosted,

    /// <summary>A feed read that returned items.</summary>
    FeedRead,

    /// <summary>A feed acknowledged up to a cursor.</summary>
    FeedAcknowledged,

    /// <summary>An API key made.</summary>
    KeyCreated,

    /// <summary>An API key revoked.</summary>
    KeyRevoked,

    /// <summary>An API key replaced by a new one, the old one kept until its new expiry.</summary>
    KeyRotated,
}
