using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Selection;

namespace AgencyHub.Contracts.Release;

/// <summary>
/// Advance notice to the home police force that a PPO is due for release ("Prisons will notify the home police force in
/// advance of the release of each PPO", PPO Strategy Supplementary Annex 2004 §39;
/// PPO Strategy Initial Guidance 2004, Annex E).
/// <para>Sender: hub, from the prison's <see cref="ReleaseDateSet"/> or <see cref="ReleaseDateChanged"/>.
/// Recipients: police (the home force of the scheme in <see cref="Scheme"/>).</para>
/// <para>The police acknowledge with a <see cref="PreReleaseNoticeAcknowledged"/> quoting <see cref="NoticeId"/>; the
/// hub escalates with a <see cref="Deadlines.DeadlineBreached"/> if none arrives by <see cref="AcknowledgeBy"/>.</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("pre-release-notice", 1,
    Senders = [Agency.Hub],
    Recipients = [Agency.Police],
    Purpose = "release-planning")]
public sealed record PreReleaseNotice : IAboutOffender
{
    /// <summary>Identifies this notice; quoted in the acknowledgement.</summary>
    public required Guid NoticeId { get; init; }

    /// <summary>Whether this is the first notice or the reminder.</summary>
    public required PreReleaseNoticeKind Kind { get; init; }

    /// <summary>The PPO due for release.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The scheme the person is a PPO of.</summary>
    public required SchemeReference Scheme { get; init; }

    /// <summary>The releasing establishment.</summary>
    [PrisonCode]
    public required string PrisonCode { get; init; }

    /// <summary>The day the person is due to be released.</summary>
    public required DateOnly ReleaseDate { get; init; }

    /// <summary>When the police acknowledgement is due (by default two working days after the notice).</summary>
    public required DateTimeOffset AcknowledgeBy { get; init; }

    /// <summary>When the hub issued the notice.</summary>
    public required DateTimeOffset IssuedAt { get; init; }
}
