using System.Text.RegularExpressions;

namespace AgencyHub.Contracts.Identity;

/// <summary>Prison (NOMIS) number: a letter, four digits and two letters, e.g. <c>A1234BC</c>.</summary>
public static partial class PrisonNumber
{
    /// <summary>The shape of the identifier as the catalogue's JSON Schema gives it (any case, surrounding spaces allowed; the check character is not in it).</summary>
    public const string SchemaPattern = @"^\s*[A-Za-z]\d{4}[A-Za-z]{2}\s*$";

    [GeneratedRegex(@"^[A-Z]\d{4}[A-Z]{2}$")]
    private static partial Regex Pattern();

    /// <summary>Returns the canonical (upper-case) form, or an error.</summary>
    public static IdentifierResult Parse(string value)
    {
        var text = value.Trim().ToUpperInvariant();
        return Pattern().IsMatch(text)
            ? IdentifierResult.Valid(text)
            : IdentifierResult.Invalid("must look like A1234BC (a letter, four digits, two letters)");
    }
}
