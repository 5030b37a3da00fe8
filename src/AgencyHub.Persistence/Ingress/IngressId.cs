namespace AgencyHub.Persistence.Ingress;

/// <summary>
/// A message id an agency has used, with a hash of what it posted under it, kept for the inbox's retention after the
/// message itself is published: a re-post of the same message is recognised, and a different message under the same
/// id is refused, however long after the first it comes.
/// </summary>
public sealed class IngressId
{
    /// <summary>The message id.</summary>
    public Guid MessageId { get; set; }

    /// <summary>The posting agency's slug.</summary>
    public string Agency { get; set; } = "";

    /// <summary>Contract name.</summary>
    public string MessageType { get; set; } = "";

    /// <summary>SHA-256 of the validated message as stored.</summary>
    public byte[] BodyHash { get; set; } = [];

    /// <summary>When it was first accepted (UTC; a plain date and time, which both databases compare, for the clean-up).</summary>
    public DateTime AcceptedAt { get; set; }
}
