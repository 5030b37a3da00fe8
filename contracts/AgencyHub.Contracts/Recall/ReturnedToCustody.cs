using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Recall;

/// <summary>
/// A recalled PPO is back in prison custody.
/// <para>Sender: prison. Recipients: police, probation.</para>
/// <para>The hub closes the recall and its return-to-custody deadline (docs/domain.md, "Recall").</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("returned-to-custody", 1,
    Senders = [Agency.Prison],
    Recipients = [Agency.Police, Agency.Probation],
    Purpose = "recall")]
public sealed record ReturnedToCustody : IAboutOffender
{
    /// <summary>The <see cref="RecallRequested.RecallId"/> of the recall.</summary>
    public required Guid RecallId { get; init; }

    /// <summary>The person returned.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The receiving establishment.</summary>
    [PrisonCode]
    public required string PrisonCode { get; init; }

    /// <summary>When the person arrived back in prison.</summary>
    public required DateTimeOffset ReturnedAt { get; init; }
}
