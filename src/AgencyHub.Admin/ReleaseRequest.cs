using System.ComponentModel.DataAnnotations;

namespace AgencyHub.Admin;

/// <summary>The body of a release of a held delivery: why the operator releases it, recorded in the audit trail.</summary>
public sealed record ReleaseRequest
{
    /// <summary>The operator's justification, e.g. "consent given on 2 December, form CJ/42".</summary>
    [StringLength(500, MinimumLength = 1)]
    public required string Justification { get; init; }
}
