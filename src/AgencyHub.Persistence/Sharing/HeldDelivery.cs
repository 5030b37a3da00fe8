namespace AgencyHub.Persistence.Sharing;

/// <summary>
/// A delivery the gate refused, kept whole (<c>held_deliveries</c>) so that it can be released once an agreement
/// covers it or consent is given, and so that nothing is lost. Its payload is the message before minimisation.
/// </summary>
public sealed class HeldDelivery
{
    /// <summary>The delivery's id, the one it gets on the recipient's feed if it is released.</summary>
    public Guid DeliveryId { get; set; }

    /// <summary>The sending agency (or <c>hub</c>).</summary>
    public string Sender { get; set; } = "";

    /// <summary>The agency it was for.</summary>
    public string Recipient { get; set; } = "";

    /// <summary>Contract name.</summary>
    public string MessageType { get; set; } = "";

    /// <summary>The purpose it was for.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>The message that caused it.</summary>
    public Guid SourceMessageId { get; set; }

    /// <summary>Whom it is about (<see cref="Audit.PersonReference"/>), if anyone.</summary>
    public string? PersonReference { get; set; }

    /// <summary>The agreement nearest to covering it (id@version), or null when none would.</summary>
    public string? Agreement { get; set; }

    /// <summary>Why it was held, in words an operator can act on.</summary>
    public string Reason { get; set; } = "";

    /// <summary>When it was held.</summary>
    public DateTimeOffset HeldAt { get; set; }

    /// <summary>The whole message, in the contract's JSON.</summary>
    public string Payload { get; set; } = "";

    /// <summary>When an operator released it, if one has.</summary>
    public DateTimeOffset? ReleasedAt { get; set; }

    /// <summary>Who released it.</summary>
    public string? ReleasedBy { get; set; }

    /// <summary>Why they released it.</summary>
    public string? ReleaseReason { get; set; }
}
