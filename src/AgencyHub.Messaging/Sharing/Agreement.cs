namespace AgencyHub.Messaging.Sharing;

/// <summary>
/// The current version of an agreement. Every change makes a new version and keeps the old ones
/// (<c>agreement_versions</c>), so what a delivery rested on can always be read again.
/// </summary>
/// <param name="Id">Its stable name, e.g. <c>custody-and-release</c>, quoted in deliveries and blocked notices.</param>
/// <param name="Version">Its version, from 1; each change adds one.</param>
/// <param name="Status">Where it is in its life.</param>
/// <param name="StatusReason">Why it has that status, when it was not just drafted or activated.</param>
/// <param name="Terms">What the partners agreed.</param>
/// <param name="ChangedAt">When this version was made.</param>
/// <param name="ChangedBy">Who made it.</param>
public sealed record Agreement(string Id, int Version, AgreementStatus Status, string? StatusReason, AgreementTerms Terms,
    DateTimeOffset ChangedAt, string ChangedBy)
{
    /// <summary>The agreement and version, e.g. <c>custody-and-release@3</c>, as deliveries and the audit trail record it.</summary>
    public string Reference => $"{Id}@{Version}";

    /// <summary>True when deliveries may rest on it on <paramref name="day"/>.</summary>
    public bool IsInForceOn(DateOnly day) => Status == AgreementStatus.Active && day >= Terms.StartsOn && day < Terms.ReviewOn;
}
