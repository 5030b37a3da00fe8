namespace AgencyHub.Persistence.Failures;

/// <summary>
/// A message that could not be handled and waits for an operator (<c>failed_messages</c>): one taken off an error
/// queue, one the ingress relay could not publish, or a delivery an agency's webhook kept refusing. It is kept whole
/// until the operator replays it or discards it with a reason; its body is shown only with a recorded justification.
/// One row per message and endpoint: a replayed message that fails again is the same row, failed once more.
/// </summary>
public sealed class FailedMessage
{
    /// <summary>This failure's id, the one the admin API and the command use.</summary>
    public Guid Id { get; set; }

    /// <summary>Whose message it is to work: <c>hub</c> for the hub's queues, else the agency whose adapter it concerns.</summary>
    public string Agency { get; set; } = "";

    /// <summary>Where it was found.</summary>
    public FailureSource Source { get; set; }

    /// <summary>The queue it failed on, or the relay or webhook of an agency (e.g. <c>police relay</c>).</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>The message's id (a delivery's id for a webhook).</summary>
    public Guid MessageId { get; set; }

    /// <summary>Its contract name, or the message type MassTransit names when it is no contract.</summary>
    public string MessageType { get; set; } = "";

    /// <summary>The agency that sent it, as the broker (or the sender header, in memory) said, when known.</summary>
    public string? Sender { get; set; }

    /// <summary>What went wrong, short enough to group by: an exception type, <c>broker: delivery_limit</c>, <c>unknown-type</c>, <c>webhook-refused</c>…</summary>
    public string Cause { get; set; } = "";

    /// <summary>What went wrong, in words (an exception's message, a webhook's status).</summary>
    public string Reason { get; set; } = "";

    /// <summary>Whom it is about (<see cref="Audit.PersonReference"/>), when that can be read without opening it.</summary>
    public string? PersonReference { get; set; }

    /// <summary>The body's content type.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>The message as it was received or stored.</summary>
    public string Body { get; set; } = "";

    /// <summary>When it first failed here.</summary>
    public DateTimeOffset FirstFailedAt { get; set; }

    /// <summary>When it last failed here.</summary>
    public DateTimeOffset LastFailedAt { get; set; }

    /// <summary>How many times it has reached this store (a replay that fails again adds one).</summary>
    public int Failures { get; set; }

    /// <summary>Where the operator's work on it stands.</summary>
    public FailureStatus Status { get; set; }

    /// <summary>When it was last resolved or a replay was asked for.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>Who did that.</summary>
    public string? ResolvedBy { get; set; }

    /// <summary>Their justification or reason.</summary>
    public string? Resolution { get; set; }
}
