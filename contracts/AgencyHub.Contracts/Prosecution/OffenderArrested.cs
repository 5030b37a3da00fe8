using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Prosecution;

/// <summary>
/// The police have arrested a person.
/// <para>Sender: police. Recipients: CPS (the PPO flag on every case) and probation (which prioritises
/// bail information in PPO cases), both under PPO Strategy Initial Guidance 2004, Annex D.</para>
/// <para>The hub counts an arrest as activity for de-selection criterion 1 (Offender Management Update 2009 §5.2: no
/// arrest or intelligence report for six months).</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="OffenceDescription"/>.</para>
/// </summary>
[MessageContract("offender-arrested", 1,
    Senders = [Agency.Police],
    Recipients = [Agency.Cps, Agency.Probation],
    Purpose = "prosecution")]
public sealed record OffenderArrested : IAboutOffender
{
    /// <summary>Who was arrested.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The police unique reference number (URN) of the case, which joins the prosecution and court messages.</summary>
    [StringLength(20)]
    public required string CaseUrn { get; init; }

    /// <summary>The offence the person was arrested on suspicion of.</summary>
    [PersonalData, StringLength(500)]
    public required string OffenceDescription { get; init; }

    /// <summary>When the person was arrested.</summary>
    public required DateTimeOffset ArrestedAt { get; init; }
}
