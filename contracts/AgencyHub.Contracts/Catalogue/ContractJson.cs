using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgencyHub.Contracts.Catalogue;

/// <summary>
/// The JSON format of contracts on the wire (ingress bodies, feed payloads, catalogue schemas): camel case,
/// enums as names, instants with their offset, required and non-nullable fields enforced, unknown fields and a field
/// given twice refused, so a misspelt or repeated field is reported rather than silently ignored or overwritten.
/// </summary>
public static class ContractJson
{
    /// <summary>The shared serializer options. Read-only.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = false,
            AllowDuplicateProperties = false,
            // The wire format is JSON for machines, never embedded in HTML: no need to escape '+', '<' or non-ASCII.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new OffsetDateTimeConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
