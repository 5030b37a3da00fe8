using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Recall;

/// <summary>
/// Probation reports that a PPO on licence has breached it (PPO Strategy Initial Guidance 2004 §58: non-compliance and
/// breaches dealt with by swift and purposeful action with the ERRS).
/// <para>Sender: probation. Recipients: prison (the Early Release and Recall Section).</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Details"/>.</para>
/// </summary>
[MessageContract("licence-breach-reported", 1,
    Senders = [Agency.Probation],
    Recipients = [Agency.Prison],
    Purpose = "recall")]
public sealed record LicenceBreachReported : IAboutOffender
{
    /// <summary>The person on licence.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>How the licence was breached.</summary>
    public required LicenceBreachKind Breach { get; init; }

    /// <summary>What happened, in a sentence the ERRS can act on.</summary>
    [PersonalData, StringLength(1000)]
    public string? Details { get; init; }

    /// <summary>When the breach happened, or was discovered if that is not known.</summary>
    public required DateTimeOffset BreachedAt { get; init; }
}
