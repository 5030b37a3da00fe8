using System.Text.RegularExpressions;

namespace AgencyHub.Contracts.Identity;

/// <summary>
/// Criminal Records Office number: <c>NNNNNN/YYC</c> (serial, two-digit year, check letter), or the older
/// fingerprint-only form <c>SFYY/NNNNNNC</c>. Only the format is checked; the serial is padded to six digits.
/// </summary>
public static partial class CroNumber
{
    /// <summary>The shape of the identifier as the catalogue's JSON Schema gives it (any case, surrounding spaces allowed; the check character is not in it).</summary>
    public const string SchemaPattern = @"^\s*(\d{1,6}/\d{2}[A-Za-z]|[Ss][Ff]\d{2}/\d{1,6}[A-Za-z])\s*$";

    [GeneratedRegex(@"^(?<serial>\d{1,6})/(?<year>\d{2})(?<check>[A-Z])$")]
    private static partial Regex Standard();

    [GeneratedRegex(@"^SF(?<year>\d{2})/(?<serial>\d{1,6})(?<check>[A-Z])$")]
    private static partial Regex FingerprintOnly();

    /// <summary>Returns the canonical form, or an error saying what is wrong with <paramref name="value"/>.</summary>
    public static IdentifierResult Parse(string value)
    {
        var text = value.Trim().ToUpperInvariant();
        if (Standard().Match(text) is { Success: true } standard)
            return IdentifierResult.Valid($"{Serial(standard)}/{standard.Groups["year"].Value}{standard.Groups["check"].Value}");
        if (FingerprintOnly().Match(text) is { Success: true } sf)
            return IdentifierResult.Valid($"SF{sf.Groups["year"].Value}/{Serial(sf)}{sf.Groups["check"].Value}");
        return IdentifierResult.Invalid("must look like 123456/04X or SF04/123456X");
    }

    static string Serial(Match match) => match.Groups["serial"].Value.PadLeft(6, '0');
}
