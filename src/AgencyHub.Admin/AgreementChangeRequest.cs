using System.ComponentModel.DataAnnotations;

namespace AgencyHub.Admin;

/// <summary>The body of a change to an agreement's status: why, and for a renewal the new review date.</summary>
public sealed record AgreementChangeRequest
{
    /// <summary>Why: required to suspend or end an agreement, recorded with every change.</summary>
    [StringLength(500)]
    public string? Reason { get; init; }

    /// <summary>A renewal's new review date, after today and after the current one.</summary>
    public DateOnly? ReviewOn { get; init; }
}
