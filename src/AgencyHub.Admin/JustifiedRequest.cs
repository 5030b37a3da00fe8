using System.ComponentModel.DataAnnotations;

namespace AgencyHub.Admin;

/// <summary>The body of an operator's act that needs a reason (releasing a held delivery, opening its body): recorded in the audit trail.</summary>
public sealed record JustifiedRequest
{
    /// <summary>The operator's justification, e.g. "consent given on 2 December, form CJ/42".</summary>
    [StringLength(500, MinimumLength = 1)]
    public required string Justification { get; init; }
}
