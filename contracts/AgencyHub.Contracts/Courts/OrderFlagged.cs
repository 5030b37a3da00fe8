using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Courts;

/// <summary>
/// A court has made an order in a PPO case and flags it to the services that carry it out ("The Court administration
/// will flag all orders for Prison Service, Probation and Youth Offending services in all PPO cases",
/// PPO Strategy Initial Guidance 2004, Annex D; reliable transfer between courts and prison/probation,
/// PPO Strategy Initial Guidance 2004, Annex D §16).
/// <para>Sender: courts. Recipients: prison, probation, YOT.</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Requirements"/>.</para>
/// </summary>
[MessageContract("order-flagged", 1,
    Senders = [Agency.Courts],
    Recipients = [Agency.Prison, Agency.Probation, Agency.Yot],
    Purpose = "offender-management")]
public sealed record OrderFlagged : IAboutOffender
{
    /// <summary>Whom the order concerns.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The police unique reference number (URN) of the case.</summary>
    [StringLength(20)]
    public required string CaseUrn { get; init; }

    /// <summary>The court's code in HMCTS listings.</summary>
    [StringLength(10)]
    public required string CourtCode { get; init; }

    /// <summary>The kind of order.</summary>
    public required OrderKind Order { get; init; }

    /// <summary>The requirements or conditions the service must enforce, e.g. <c>curfew 19:00-07:00</c>.</summary>
    [PersonalData, StringLength(1000)]
    public string? Requirements { get; init; }

    /// <summary>The last day the order runs, where it has a fixed end.</summary>
    public DateOnly? EndsOn { get; init; }

    /// <summary>When the court made the order.</summary>
    public required DateTimeOffset MadeAt { get; init; }
}
