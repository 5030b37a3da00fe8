using System.ComponentModel.DataAnnotations;

namespace AgencyHub.Contracts.Selection;

/// <summary>How partners reach the officer who leads on a PPO. Personal data of the officer.</summary>
public sealed record OfficerContact
{
    /// <summary>The officer's name and rank.</summary>
    [StringLength(200)]
    public required string Name { get; init; }

    /// <summary>A telephone number for partners.</summary>
    [StringLength(40)]
    public string? Telephone { get; init; }

    /// <summary>A secure e-mail address for partners.</summary>
    [EmailAddress, StringLength(200)]
    public string? Email { get; init; }
}
