using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Selection;

namespace AgencyHub.Contracts.Youth;

/// <summary>
/// The YOT reports on its supervision of a juvenile PPO: oversight stays with the PPO team while the YOT supervises
/// (PPO Strategy Supplementary Annex 2004 §35; Offender Management Update 2009, Paper 3: information sharing between
/// the YOT and the police).
/// <para>Sender: YOT. Recipients: police, courts.</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Supervisor"/>, <see cref="Summary"/>.</para>
/// </summary>
[MessageContract("juvenile-supervision-update", 1,
    Senders = [Agency.Yot],
    Recipients = [Agency.Police, Agency.Courts],
    Purpose = "youth-justice")]
public sealed record JuvenileSupervisionUpdate : IAboutOffender
{
    /// <summary>The young person.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>Where the supervision has got to.</summary>
    public required JuvenileSupervisionStage Stage { get; init; }

    /// <summary>How partners reach the YOT worker supervising the young person.</summary>
    [PersonalData]
    public required OfficerContact Supervisor { get; init; }

    /// <summary>A short summary of progress for the PPO team.</summary>
    [PersonalData, StringLength(1000)]
    public string? Summary { get; init; }

    /// <summary>When the YOT made the update.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
