using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Courts;

/// <summary>
/// A court has sentenced a PPO. JTrack stopped at sentence and left prisons and probation blind
/// (Joint Inspection Report 2004 §7.24); this message carries the case on.
/// <para>Sender: courts. Recipients: police, prison, probation and YOT (sentence outcomes for juveniles,
/// PPO Strategy Supplementary Annex 2004 §35), as the delivery policy allows.</para>
/// <para>A custodial sentence of over two years makes the person a candidate for de-selection review
/// (Offender Management Update 2009 §5.2, criterion 3).</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("sentence-outcome", 1,
    Senders = [Agency.Courts],
    Recipients = [Agency.Police, Agency.Prison, Agency.Probation, Agency.Yot],
    Purpose = "offender-management")]
public sealed record SentenceOutcome : IAboutOffender
{
    /// <summary>Who was sentenced.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The police unique reference number (URN) of the case.</summary>
    [StringLength(20)]
    public required string CaseUrn { get; init; }

    /// <summary>The sentencing court's code in HMCTS listings.</summary>
    [StringLength(10)]
    public required string CourtCode { get; init; }

    /// <summary>The main sentence passed.</summary>
    public required SentenceDisposal Disposal { get; init; }

    /// <summary>The length of the custodial term in months, for custody, a suspended sentence or a detention and
    /// training order; absent otherwise.</summary>
    [Range(1, 1200, ErrorMessage = "must be between 1 and 1200 months")]
    public int? CustodialLengthMonths { get; init; }

    /// <summary>When the court passed sentence.</summary>
    public required DateTimeOffset SentencedAt { get; init; }
}
