namespace AgencyHub.Messaging.Delivery;

/// <summary>
/// One rule of the delivery policy file: <see cref="Sender"/> may send these message types to these recipients for
/// these purposes. Agreements with legal basis, consent and field minimisation extend this shape later.
/// </summary>
public sealed class PolicyRule
{
    /// <summary>A short stable name, quoted in blocked-delivery notices and the log.</summary>
    public string Id { get; set; } = "";

    /// <summary>The sending agency's slug, e.g. <c>police</c>, or <c>hub</c>.</summary>
    public string Sender { get; set; } = "";

    /// <summary>Contract names covered, e.g. <c>ppo-selected</c>.</summary>
    public List<string> MessageTypes { get; set; } = [];

    /// <summary>Recipient agency slugs covered.</summary>
    public List<string> Recipients { get; set; } = [];

    /// <summary>Purposes covered, as named in the contracts.</summary>
    public List<string> Purposes { get; set; } = [];

    /// <summary>The legal basis, for people reading the file and the log (e.g. s115 Crime and Disorder Act 1998).</summary>
    public string Basis { get; set; } = "";
}
