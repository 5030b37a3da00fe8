using System.ComponentModel.DataAnnotations;

namespace AgencyHub.Contracts.Prosecution;

/// <summary>One offence a person is charged with, or that a charge is advised or decided for.</summary>
public sealed record Charge
{
    /// <summary>The offence as worded on the charge, e.g. <c>Burglary of a dwelling, 12 High Street, on 3 May</c>.</summary>
    [StringLength(500)]
    public required string OffenceDescription { get; init; }

    /// <summary>The offence code from the national offence list, where known.</summary>
    [StringLength(20)]
    public string? OffenceCode { get; init; }
}
