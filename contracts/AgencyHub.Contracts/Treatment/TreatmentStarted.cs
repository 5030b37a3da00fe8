using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Treatment;

/// <summary>
/// An offender has started drug treatment (PPO Strategy Supplementary Annex 2004 §45: moving drug users into treatment
/// and retaining them). Health data: shared only with consent in force (PPO Strategy Supplementary Annex 2004 §55).
/// <para>Sender: CJIT. Recipients: probation.</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Provider"/>.</para>
/// </summary>
[MessageContract("treatment-started", 1,
    Senders = [Agency.Cjit],
    Recipients = [Agency.Probation],
    Purpose = "drug-treatment")]
public sealed record TreatmentStarted : IAboutOffender
{
    /// <summary>Who started treatment.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The treatment provider; with the person, this reveals health data.</summary>
    [PersonalData, StringLength(200)]
    public required string Provider { get; init; }

    /// <summary>When treatment started.</summary>
    public required DateTimeOffset StartedAt { get; init; }
}
