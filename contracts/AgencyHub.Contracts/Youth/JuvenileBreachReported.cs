using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Youth;

/// <summary>
/// The YOT reports that a juvenile PPO has breached an order it supervises (Offender Management Update 2009, Paper 2:
/// YOTs to focus on enforcement; PPO Strategy Initial Guidance 2004 §58: breaches dealt with by swift and purposeful
/// action).
/// <para>Sender: YOT. Recipients: police (enforcement) and courts (to list a breach hearing).</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Details"/>.</para>
/// </summary>
[MessageContract("juvenile-breach-reported", 1,
    Senders = [Agency.Yot],
    Recipients = [Agency.Police, Agency.Courts],
    Purpose = "youth-justice")]
public sealed record JuvenileBreachReported : IAboutOffender
{
    /// <summary>The young person.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>How the order was breached.</summary>
    public required JuvenileBreachKind Breach { get; init; }

    /// <summary>What happened, in a sentence partners can act on.</summary>
    [PersonalData, StringLength(1000)]
    public string? Details { get; init; }

    /// <summary>When the breach happened, or was discovered if that is not known.</summary>
    public required DateTimeOffset BreachedAt { get; init; }
}
