namespace AgencyHub.Admin;

/// <summary>CSV as staff open it in a spreadsheet (RFC 4180).</summary>
public static class CsvText
{
    /// <summary>
    /// <paramref name="value"/> as one field: quoted when it must be; a value a spreadsheet would run as a formula is
    /// prefixed with an apostrophe.
    /// </summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if ("=+-@\t\r".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
