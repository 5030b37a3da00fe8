using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Treatment;

/// <summary>
/// The CJIT has referred an offender to drug treatment (PPO Strategy Supplementary Annex 2004 §52-54: the CJIT delivers
/// drugs interventions on behalf of the PPO team). Health data: shared only with consent in force
/// (PPO Strategy Supplementary Annex 2004 §55).
/// <para>Sender: CJIT. Recipients: probation.</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Provider"/>.</para>
/// </summary>
[MessageContract("treatment-referral", 1,
    Senders = [Agency.Cjit],
    Recipients = [Agency.Probation],
    Purpose = "drug-treatment")]
public sealed record TreatmentReferral : IAboutOffender
{
    /// <summary>Who was referred.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The treatment provider referred to; with the person, this reveals health data.</summary>
    [PersonalData, StringLength(200)]
    public required string Provider { get; init; }

    /// <summary>When the referral was made.</summary>
    public required DateTimeOffset ReferredAt { get; init; }
}
