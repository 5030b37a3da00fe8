using System.Text.RegularExpressions;

namespace AgencyHub.Contracts.Identity;

/// <summary>Probation case reference number (CRN): a letter and six digits, e.g. <c>X123456</c>.</summary>
public static partial class CaseReferenceNumber
{
    /// <summary>The shape of the identifier as the catalogue's JSON Schema gives it (any case, surrounding spaces allowed; the check character is not in it).</summary>
    public const string SchemaPattern = @"^\s*[A-Za-z]\d{6}\s*$";

    [GeneratedRegex(@"^[A-Z]\d{6}$")]
    private static partial Regex Pattern();

    /// <summary>Returns the canonical (upper-case) form, or an error.</summary>
    public static IdentifierResult Parse(string value)
    {
        var text = value.Trim().ToUpperInvariant();
        return Pattern().IsMatch(text)
            ? IdentifierResult.Valid(text)
            : IdentifierResult.Invalid("must look like X123456 (a letter and six digits)");
    }
}
