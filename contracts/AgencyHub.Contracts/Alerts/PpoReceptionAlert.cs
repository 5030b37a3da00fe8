using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Selection;

namespace AgencyHub.Contracts.Alerts;

/// <summary>
/// The automatic PPO alert: the prison now holding a person learns, without asking, that the person is a PPO
/// (Offender Management Update 2009, Paper 2: PPOs identifiable on arrival in prison custody;
/// PPO Strategy Supplementary Annex 2004 §37).
/// <para>Sender: hub. Recipient: prison (the establishment in <see cref="PrisonCode"/>).</para>
/// <para>Carries only what reception staff need: who, which scheme, whom to contact and why the person was
/// selected (PPO Strategy Supplementary Annex 2004 §55, minimum necessary).</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="LeadOfficer"/>, <see cref="SelectionReason"/>.</para>
/// </summary>
[MessageContract("ppo-reception-alert", 1,
    Senders = [Agency.Hub],
    Recipients = [Agency.Prison],
    Purpose = "ppo-custody-alert")]
public sealed record PpoReceptionAlert : IAboutOffender
{
    /// <summary>The person, with every identifier the hub holds for them.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The establishment holding the person.</summary>
    public required string PrisonCode { get; init; }

    /// <summary>The scheme that selected the person.</summary>
    public required SchemeReference Scheme { get; init; }

    /// <summary>Whom reception staff contact.</summary>
    [PersonalData]
    public required OfficerContact LeadOfficer { get; init; }

    /// <summary>Why the person was selected.</summary>
    [PersonalData]
    public required string SelectionReason { get; init; }

    /// <summary>What caused the alert.</summary>
    public required AlertTrigger Trigger { get; init; }

    /// <summary>When the hub raised the alert.</summary>
    public required DateTimeOffset RaisedAt { get; init; }
}
