using System.ComponentModel.DataAnnotations;

namespace AgencyHub.Contracts.Selection;

/// <summary>A local PPO scheme, run by one Crime and Disorder Reduction Partnership
/// (PPO Strategy Initial Guidance 2004 §10).</summary>
public sealed record SchemeReference
{
    /// <summary>The scheme's code as agreed in the local protocol, e.g. <c>CDRP-LEEDS</c>.</summary>
    [StringLength(40)]
    public required string Code { get; init; }

    /// <summary>The scheme's name, e.g. <c>Leeds PPO scheme</c>.</summary>
    [StringLength(200)]
    public required string Name { get; init; }
}
