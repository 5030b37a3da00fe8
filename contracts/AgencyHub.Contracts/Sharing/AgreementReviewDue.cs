using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;

namespace AgencyHub.Contracts.Sharing;

/// <summary>
/// A data-sharing agreement the agency is party to is due for review: its review date is near (by default 30 days
/// ahead), or it has come without a renewal and the agreement is suspended, its deliveries held, until the partners
/// renew it.
/// <para>Sender: hub. Recipients: the agreement's parties.</para>
/// <para>Personal data: none.</para>
/// </summary>
[MessageContract("agreement-review-due", 1,
    Senders = [Agency.Hub],
    Recipients = [Agency.Police, Agency.Cps, Agency.Courts, Agency.Prison, Agency.Probation, Agency.Cjit, Agency.Yot],
    Purpose = "delivery-governance")]
public sealed record AgreementReviewDue
{
    /// <summary>The agreement's id, e.g. <c>custody-and-release</c>.</summary>
    [StringLength(60)]
    public required string AgreementId { get; init; }

    /// <summary>Its title.</summary>
    [StringLength(200)]
    public required string Title { get; init; }

    /// <summary>Its review date.</summary>
    public required DateOnly ReviewOn { get; init; }

    /// <summary>True when the review date has come and the agreement is suspended until it is renewed.</summary>
    public required bool Suspended { get; init; }

    /// <summary>When the hub raised the notice.</summary>
    public required DateTimeOffset RaisedAt { get; init; }
}
