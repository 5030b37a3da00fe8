using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Selection;

namespace AgencyHub.Contracts.Release;

/// <summary>
/// The police have acknowledged a <see cref="PreReleaseNotice"/> (PPO Strategy Supplementary Annex 2004 §39).
/// <para>Sender: police. Recipients: none; consumed by the hub.</para>
/// <para>The hub closes the acknowledgement deadline for the notice.</para>
/// <para>Personal data: <see cref="AcknowledgedBy"/>.</para>
/// </summary>
[MessageContract("pre-release-notice-acknowledged", 1,
    Senders = [Agency.Police],
    Recipients = [],
    Purpose = "release-planning")]
public sealed record PreReleaseNoticeAcknowledged
{
    /// <summary>The <see cref="PreReleaseNotice.NoticeId"/> of the notice acknowledged.</summary>
    public required Guid NoticeId { get; init; }

    /// <summary>The officer who acknowledged it and will plan for the release.</summary>
    [PersonalData]
    public required OfficerContact AcknowledgedBy { get; init; }

    /// <summary>When the police acknowledged the notice.</summary>
    public required DateTimeOffset AcknowledgedAt { get; init; }
}
