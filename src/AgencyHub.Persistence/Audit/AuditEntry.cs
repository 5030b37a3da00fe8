namespace AgencyHub.Persistence.Audit;

/// <summary>
/// One entry of the audit trail (Data Protection Act 2018 s.62: collection, alteration, consultation, disclosure,
/// combination and erasure, with the justification, time, who did it and who received it). Each party keeps chains of
/// its own (<see cref="Agency"/>: an agency, or <c>hub</c>; several, <see cref="Chain"/>, so that its acts need not
/// wait for each other): an entry's <see cref="Hash"/> covers its content and the hash of the entry before it in its chain, so an edit, a deletion, an insertion or a move shows (<see cref="AuditVerification"/>).
/// Entries are only ever added: the hosts' database roles may insert them and nothing else. An entry names a person
/// only by reference, as "who received what about whom" needs, never with the message's content.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Whose act it records: an agency, or <c>hub</c>.</summary>
    public string Agency { get; set; } = "";

    /// <summary>Which of the party's chains it is in (0 to <c>Persistence:AuditChains</c> - 1).</summary>
    public int Chain { get; set; }

    /// <summary>Place in the chain, from 1.</summary>
    public long Position { get; set; }

    /// <summary>When it happened (to the microsecond, as PostgreSQL keeps it, so the hash reads back the same).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Which of the s.62 operations it is.</summary>
    public AuditCategory Category { get; set; }

    /// <summary>What exactly happened.</summary>
    public AuditAction Action { get; set; }

    /// <summary>Who did it: the agency system, the operator, or the hub.</summary>
    public string Actor { get; set; } = "";

    /// <summary>Whom it is about, by identifier (e.g. <c>pnc:2004/0123456X</c>), when it is about one person.</summary>
    public string? PersonReference { get; set; }

    /// <summary>Who received the data, for a disclosure.</summary>
    public string? Recipient { get; set; }

    /// <summary>What for.</summary>
    public string? Purpose { get; set; }

    /// <summary>The agreement (today: the delivery policy rule) that allowed it.</summary>
    public string? Agreement { get; set; }

    /// <summary>Why it was done, where the actor gave a reason.</summary>
    public string? Justification { get; set; }

    /// <summary>The message it concerns.</summary>
    public Guid? MessageId { get; set; }

    /// <summary>The message's contract name.</summary>
    public string? MessageType { get; set; }

    /// <summary>A feed read or acknowledgement: the first cursor.</summary>
    public long? FromCursor { get; set; }

    /// <summary>A feed read: the last cursor.</summary>
    public long? ToCursor { get; set; }

    /// <summary>What else it needs to be understood (e.g. a key's new expiry).</summary>
    public string? Detail { get; set; }

    /// <summary>The hash of the entry before it in the chain (32 zero bytes for the first).</summary>
    public byte[] PreviousHash { get; set; } = [];

    /// <summary>SHA-256 of <see cref="PreviousHash"/> and this entry's content (<see cref="AuditHash"/>).</summary>
    public byte[] Hash { get; set; } = [];
}
