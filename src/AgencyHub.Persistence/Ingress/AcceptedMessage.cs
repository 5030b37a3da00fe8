namespace AgencyHub.Persistence.Ingress;

/// <summary>
/// A message an agency posted, stored before the adapter answered 202 and kept until the relay has published it,
/// so posting works while the broker is down and nothing accepted is lost.
/// </summary>
public sealed class AcceptedMessage
{
    /// <summary>Acceptance order: the relay publishes in this order.</summary>
    public long Sequence { get; set; }

    /// <summary>The message id the bus will carry (the agency's X-Message-Id when given).</summary>
    public Guid MessageId { get; set; }

    /// <summary>The sending agency's slug.</summary>
    public string Agency { get; set; } = "";

    /// <summary>The agency system that posted it (the name its credential carries).</summary>
    public string AgencySystem { get; set; } = "";

    /// <summary>Contract name.</summary>
    public string MessageType { get; set; } = "";

    /// <summary>The validated message, as JSON.</summary>
    public string Body { get; set; } = "";

    /// <summary>When the adapter accepted it.</summary>
    public DateTimeOffset AcceptedAt { get; set; }

    /// <summary>The W3C trace context of the post, when it was traced: the relay publishes it in the same trace.</summary>
    public string? TraceParent { get; set; }
}
