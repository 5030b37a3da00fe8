using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Recall;

/// <summary>
/// The Early Release and Recall Section has decided a <see cref="RecallRequested"/>.
/// <para>Sender: prison (ERRS). Recipients: police (to arrest the person when recalled) and probation.</para>
/// <para>The hub closes the decision deadline; when recalled, it opens the return-to-custody deadline (by default
/// 7 days, a local default: docs/domain.md, "Recall").</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Reason"/>.</para>
/// </summary>
[MessageContract("recall-decided", 1,
    Senders = [Agency.Prison],
    Recipients = [Agency.Police, Agency.Probation],
    Purpose = "recall")]
public sealed record RecallDecided : IAboutOffender
{
    /// <summary>The <see cref="RecallRequested.RecallId"/> of the request decided.</summary>
    public required Guid RecallId { get; init; }

    /// <summary>The person.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The decision.</summary>
    public required RecallDecision Decision { get; init; }

    /// <summary>Why, when the person is not recalled.</summary>
    [PersonalData, StringLength(1000)]
    public string? Reason { get; init; }

    /// <summary>When the ERRS decided.</summary>
    public required DateTimeOffset DecidedAt { get; init; }
}
