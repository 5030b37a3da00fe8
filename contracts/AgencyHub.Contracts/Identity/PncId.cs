using System.Text.RegularExpressions;

namespace AgencyHub.Contracts.Identity;

/// <summary>
/// Police National Computer identifier, written <c>YYYY/NNNNNNNC</c>: year of first entry, serial number of up to
/// seven digits and a check character. Canonical form pads the serial to seven digits, e.g. <c>2004/0123456B</c>.
/// </summary>
public static partial class PncId
{
    // The check character is (two-digit year followed by the seven-digit serial) modulo 23, indexed into this
    // alphabet, which leaves out the letters I, O and S that are easily misread.
    const string CheckCharacters = "ZABCDEFGHJKLMNPQRTUVWXY";

    /// <summary>The shape of the identifier as the catalogue's JSON Schema gives it (any case, surrounding spaces allowed; the check character is not in it).</summary>
    public const string SchemaPattern = @"^\s*\d{4}/\d{1,7}[A-Za-z]\s*$";

    [GeneratedRegex(@"^(?<year>\d{4})/(?<serial>\d{1,7})(?<check>[A-Z])$")]
    private static partial Regex Pattern();

    /// <summary>Returns the canonical form, or an error saying what is wrong with <paramref name="value"/>.</summary>
    public static IdentifierResult Parse(string value)
    {
        var match = Pattern().Match(value.Trim().ToUpperInvariant());
        if (!match.Success)
            return IdentifierResult.Invalid("must look like 2004/0123456B (four-digit year, '/', up to seven digits, check letter)");
        var serial = match.Groups["serial"].Value.PadLeft(7, '0');
        var year = match.Groups["year"].Value;
        var expected = CheckCharacter(year, serial);
        return match.Groups["check"].Value[0] == expected
            ? IdentifierResult.Valid($"{year}/{serial}{expected}")
            : IdentifierResult.Invalid("check character does not match the year and serial number");
    }

    /// <summary>The check character for a four-digit year and seven-digit serial.</summary>
    public static char CheckCharacter(string year, string serial) =>
        CheckCharacters[(int)(long.Parse(year[2..] + serial) % 23)];
}
