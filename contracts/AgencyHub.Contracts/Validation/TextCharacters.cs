namespace AgencyHub.Contracts.Validation;

/// <summary>
/// Characters text may not hold: C0 control characters (free text may hold tabs and line breaks), DEL, and the
/// Unicode bidirectional overrides and isolates, which can make a name or a note display as something else. Letters
/// of any language, apostrophes, hyphens and text that merely looks like markup or SQL are data, and allowed.
/// </summary>
public static class TextCharacters
{
    /// <summary>What is wrong with <paramref name="text"/>, or null when nothing is.</summary>
    public static string? Problem(string text, bool freeText)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r' && freeText) continue;
            if (c < ' ' || c == '\u007f')
                return $"must not contain control character U+{(int)c:X4} (at position {i})" +
                       (freeText ? "" : "; only free text may hold tabs and line breaks");
            if (c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069')
                return $"must not contain bidirectional formatting character U+{(int)c:X4} (at position {i})";
        }
        return null;
    }
}
