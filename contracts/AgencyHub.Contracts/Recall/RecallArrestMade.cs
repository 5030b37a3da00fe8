using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Recall;

/// <summary>
/// The police have arrested a recalled PPO (PPO Strategy Initial Guidance 2004 §58: a dedicated police team enforces
/// licence conditions with the ERRS).
/// <para>Sender: police. Recipients: prison, probation.</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("recall-arrest-made", 1,
    Senders = [Agency.Police],
    Recipients = [Agency.Prison, Agency.Probation],
    Purpose = "recall")]
public sealed record RecallArrestMade : IAboutOffender
{
    /// <summary>The <see cref="RecallRequested.RecallId"/> of the recall.</summary>
    public required Guid RecallId { get; init; }

    /// <summary>The person arrested.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>When the person was arrested.</summary>
    public required DateTimeOffset ArrestedAt { get; init; }
}
