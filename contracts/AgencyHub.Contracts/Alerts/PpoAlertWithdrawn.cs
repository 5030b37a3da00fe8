using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Selection;

namespace AgencyHub.Contracts.Alerts;

/// <summary>
/// A person held in prison has been de-selected: the holding prison's PPO alert no longer applies.
/// <para>Sender: hub. Recipient: prison (the establishment in <see cref="PrisonCode"/>).</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("ppo-alert-withdrawn", 1,
    Senders = [Agency.Hub],
    Recipients = [Agency.Prison],
    Purpose = "ppo-custody-alert")]
public sealed record PpoAlertWithdrawn : IAboutOffender
{
    /// <summary>The person, with every identifier the hub holds for them.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The establishment holding the person.</summary>
    public required string PrisonCode { get; init; }

    /// <summary>The scheme that de-selected the person.</summary>
    public required SchemeReference Scheme { get; init; }

    /// <summary>Which de-selection criterion applied.</summary>
    public required DeselectionCriterion Criterion { get; init; }

    /// <summary>When the scheme de-selected the person.</summary>
    public required DateTimeOffset DeselectedAt { get; init; }
}
