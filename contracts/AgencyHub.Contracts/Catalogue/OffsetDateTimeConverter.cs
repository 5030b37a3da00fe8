using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgencyHub.Contracts.Catalogue;

/// <summary>
/// An instant on the wire is an ISO 8601 date and time with its offset (<c>2026-11-23T09:30:00Z</c>,
/// <c>2026-11-23T10:30:00+01:00</c>). One without an offset is refused rather than read as the hub's local time: the
/// same text means different instants on differently configured machines.
/// </summary>
public sealed class OffsetDateTimeConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // A JsonException without a message: the serializer adds the path and says what was expected.
        if (reader.TokenType != JsonTokenType.String || reader.GetString() is not { Length: >= 16 } text || !HasOffset(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            throw new JsonException();
        return value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    // After the time: "Z", or "+hh:mm" / "-hh:mm".
    static bool HasOffset(string text) =>
        text.IndexOf('T') is > 0 and var t
        && (text[^1] is 'Z' or 'z' || (text.Length - 6 > t && text[^6] is '+' or '-' && text[^3] == ':'));
}
