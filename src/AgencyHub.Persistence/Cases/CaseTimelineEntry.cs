namespace AgencyHub.Persistence.Cases;

/// <summary>One message that changed a PPO case, for the case journey on the dashboard.</summary>
public sealed class CaseTimelineEntry
{
    /// <summary>The case.</summary>
    public Guid CaseId { get; set; }

    /// <summary>Position in the case's timeline, from 1.</summary>
    public int Sequence { get; set; }

    /// <summary>When the event happened, as the sending agency reported it.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The contract name of the message (e.g. <c>reception-into-custody</c>).</summary>
    public string MessageType { get; set; } = "";

    /// <summary>The message's id, to trace it through the journal and the feeds.</summary>
    public Guid MessageId { get; set; }

    /// <summary>The agency that sent it.</summary>
    public string Sender { get; set; } = "";

    /// <summary>The case's state after the message.</summary>
    public string State { get; set; } = "";

    /// <summary>What changed, in words an operator reads (no identifier values).</summary>
    public string Summary { get; set; } = "";
}
