using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Courts;

/// <summary>
/// A court has issued a warrant for a PPO's arrest ("PPO warrant enforcement prioritised by Court administration,
/// CPS and Police", PPO Strategy Initial Guidance 2004, Annex D).
/// <para>Sender: courts. Recipients: police, to execute the warrant.</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("warrant-issued", 1,
    Senders = [Agency.Courts],
    Recipients = [Agency.Police],
    Purpose = "court-case-management")]
public sealed record WarrantIssued : IAboutOffender
{
    /// <summary>Whom the warrant is for.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The police unique reference number (URN) of the case.</summary>
    [StringLength(20)]
    public required string CaseUrn { get; init; }

    /// <summary>The issuing court's code in HMCTS listings.</summary>
    [StringLength(10)]
    public required string CourtCode { get; init; }

    /// <summary>Why the warrant was issued.</summary>
    public required WarrantKind Kind { get; init; }

    /// <summary>True when the warrant is backed for bail, so the person may be bailed after arrest.</summary>
    public required bool BackedForBail { get; init; }

    /// <summary>When the court issued the warrant.</summary>
    public required DateTimeOffset IssuedAt { get; init; }
}
