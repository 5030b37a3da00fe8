namespace AgencyHub.Contracts.Identity;

/// <summary>The outcome of parsing an identifier: its canonical form, or why it was refused.</summary>
public readonly record struct IdentifierResult(string? Canonical, string? Error)
{
    /// <summary>True when the identifier was well formed.</summary>
    public bool IsValid => Error is null;

    /// <summary>A well-formed identifier in canonical form.</summary>
    public static IdentifierResult Valid(string canonical) => new(canonical, null);

    /// <summary>A refused identifier and the reason.</summary>
    public static IdentifierResult Invalid(string error) => new(null, error);
}
