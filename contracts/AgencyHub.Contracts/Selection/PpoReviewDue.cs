using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Selection;

/// <summary>
/// A scheme review reminder: a person's place on the PPO list is due for review
/// (Offender Management Update 2009 §5.1-5.2: dynamic selection and the six de-selection criteria), for de-selection
/// after six months without activity or two years on the list, or for re-selection three months before a long-sentence
/// prisoner's release.
/// <para>Sender: hub, from its own deadlines. Recipients: police (the scheme's PPO team).</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("ppo-review-due", 1,
    Senders = [Agency.Hub],
    Recipients = [Agency.Police],
    Purpose = "ppo-management")]
public sealed record PpoReviewDue : IAboutOffender
{
    /// <summary>Whose place on the list is to be reviewed.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The scheme that selected (or de-selected) the person.</summary>
    public required SchemeReference Scheme { get; init; }

    /// <summary>Why the review is due.</summary>
    public required ReviewReason Reason { get; init; }

    /// <summary>What the deadline was measured from: the last arrest or intelligence report, the selection, or the
    /// release date.</summary>
    public required DateTimeOffset MeasuredFrom { get; init; }

    /// <summary>When the review fell due.</summary>
    public required DateTimeOffset DueAt { get; init; }
}
