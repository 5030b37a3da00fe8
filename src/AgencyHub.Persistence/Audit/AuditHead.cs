namespace AgencyHub.Persistence.Audit;

/// <summary>
/// The end of one chain of the audit trail: its last position and hash. Appending moves it in the same transaction, so
/// appends to one chain take turns, and a cut at the end of the chain shows against it.
/// </summary>
public sealed class AuditHead
{
    /// <summary>The party (an agency, or <c>hub</c>).</summary>
    public string Agency { get; set; } = "";

    /// <summary>Which of the party's chains.</summary>
    public int Chain { get; set; }

    /// <summary>The position of the chain's last entry (0 before the first).</summary>
    public long Position { get; set; }

    /// <summary>The hash of the chain's last entry.</summary>
    public byte[] Hash { get; set; } = [];
}
