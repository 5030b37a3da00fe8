namespace AgencyHub.Persistence.Sharing;

/// <summary>
/// One version of a data-sharing agreement, as stored (<c>agreement_versions</c>). A change never overwrites a
/// version: it adds the next one, so every version a delivery rested on stays readable.
/// </summary>
public sealed class AgreementRecord
{
    /// <summary>The agreement's id.</summary>
    public string AgreementId { get; set; } = "";

    /// <summary>The version, from 1.</summary>
    public int Version { get; set; }

    /// <summary>Its status in this version (draft, active, suspended, expired).</summary>
    public string Status { get; set; } = "";

    /// <summary>Why it has that status, when there is more to say than the change.</summary>
    public string? StatusReason { get; set; }

    /// <summary>What made this version: drafted, amended, activated, suspended, renewed, expired, lapsed.</summary>
    public string Change { get; set; } = "";

    /// <summary>The terms, in the agreements' JSON.</summary>
    public string Terms { get; set; } = "";

    /// <summary>When this version was made.</summary>
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>Who made it: an administrator's name, or <c>hub</c> for the hub's own changes.</summary>
    public string ChangedBy { get; set; } = "";
}
