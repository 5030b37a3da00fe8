using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Custody;

/// <summary>
/// A prison has received a person: on remand, under sentence, on recall or on transfer.
/// <para>Sender: prison. Recipients: probation (to know where its cases are; JTrack stopped at sentence,
/// Joint Inspection Report 2004 §7.24).</para>
/// <para>If the person is a current PPO, the hub sends the receiving prison a <see cref="Alerts.PpoReceptionAlert"/>
/// at once (Offender Management Update 2009, Paper 2: PPOs identifiable on arrival in prison custody).</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("reception-into-custody", 1,
    Senders = [Agency.Prison],
    Recipients = [Agency.Probation],
    Purpose = "offender-management")]
public sealed record ReceptionIntoCustody : IAboutOffender
{
    /// <summary>Who was received: prison number and/or PNC ID, as known at reception.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The receiving establishment's code, e.g. <c>LEI</c>.</summary>
    [PrisonCode]
    public required string PrisonCode { get; init; }

    /// <summary>Why the person was received.</summary>
    public required ReceptionReason Reason { get; init; }

    /// <summary>When the person arrived.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
}
