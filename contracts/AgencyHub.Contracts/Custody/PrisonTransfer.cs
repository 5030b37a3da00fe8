using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Custody;

/// <summary>
/// A prisoner has moved from one establishment to another.
/// <para>Sender: prison. Recipients: probation.</para>
/// <para>The hub moves its custody record; a current PPO's receiving prison gets a
/// <see cref="Alerts.PpoReceptionAlert"/> unless it has already had one for this stay.</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("prison-transfer", 1,
    Senders = [Agency.Prison],
    Recipients = [Agency.Probation],
    Purpose = "offender-management")]
public sealed record PrisonTransfer : IAboutOffender
{
    /// <summary>Who moved.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The establishment the person left.</summary>
    [PrisonCode]
    public required string FromPrisonCode { get; init; }

    /// <summary>The establishment the person arrived at.</summary>
    [PrisonCode]
    public required string ToPrisonCode { get; init; }

    /// <summary>When the person arrived at the new establishment.</summary>
    public required DateTimeOffset TransferredAt { get; init; }
}
