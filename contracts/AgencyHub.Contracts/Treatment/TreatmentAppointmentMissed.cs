using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Treatment;

/// <summary>
/// An offender missed a drug treatment appointment (PPO Strategy Supplementary Annex 2004 §52: the CJIT case manager
/// follows up missed appointments). Health data: shared only with consent in force
/// (PPO Strategy Supplementary Annex 2004 §55).
/// <para>Sender: CJIT. Recipients: probation.</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Provider"/>.</para>
/// </summary>
[MessageContract("treatment-appointment-missed", 1,
    Senders = [Agency.Cjit],
    Recipients = [Agency.Probation],
    Purpose = "drug-treatment")]
public sealed record TreatmentAppointmentMissed : IAboutOffender
{
    /// <summary>Who missed the appointment.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The treatment provider the appointment was with, if not the CJIT itself.</summary>
    [PersonalData, StringLength(200)]
    public string? Provider { get; init; }

    /// <summary>When the missed appointment was due.</summary>
    public required DateTimeOffset AppointmentAt { get; init; }
}
