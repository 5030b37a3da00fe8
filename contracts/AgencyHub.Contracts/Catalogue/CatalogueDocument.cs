using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Identity;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace AgencyHub.Contracts.Catalogue;

/// <summary>
/// The machine-readable catalogue: for each message, its sender, recipients, purpose and a JSON Schema of its
/// wire format, with personal-data fields marked <c>x-personal-data</c>. Generated from the code; the copy in
/// <c>contracts/catalogue.json</c> is checked against it by a test.
/// </summary>
public static class CatalogueDocument
{
    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// The catalogue as indented JSON text ending in a newline. With <paramref name="fieldsByRecipient"/> (as an adapter
    /// serves it), each message also says which fields each recipient receives under the agreements in force; a
    /// recipient no agreement gives the message to is left out.
    /// </summary>
    public static string Generate(Func<MessageContractInfo, IReadOnlyDictionary<Agency, IReadOnlyList<string>>>? fieldsByRecipient = null)
    {
        var messages = new JsonArray();
        foreach (var contract in MessageCatalogue.All)
        {
            var message = new JsonObject
            {
                ["name"] = contract.Name,
                ["version"] = contract.Version,
                ["senders"] = Slugs(contract.Senders),
                ["recipients"] = Slugs(contract.Recipients),
                ["purpose"] = contract.Purpose,
                ["route"] = contract.Route,
                ["schema"] = SchemaOf(contract.Type),
            };
            if (fieldsByRecipient is not null)
                message["fieldsByRecipient"] = new JsonObject(fieldsByRecipient(contract)
                    .OrderBy(r => r.Key)
                    .Select(r => KeyValuePair.Create(r.Key.Slug(), (JsonNode?)new JsonArray(r.Value.Select(f => (JsonNode)JsonValue.Create(f)).ToArray()))));
            messages.Add(message);
        }
        var document = new JsonObject
        {
            ["catalogue"] = "AgencyHub message contracts",
            ["versioning"] = "contracts/VERSIONING.md",
            ["messages"] = messages,
        };
        return ToText(document);
    }

    /// <summary>
    /// A generated document as it is served and committed: indented JSON with <c>\n</c> line ends and a final newline,
    /// so the committed copy compares equal on every platform.
    /// </summary>
    public static string ToText(JsonNode document) => document.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";

    static JsonArray Slugs(IEnumerable<Agency> agencies) => new(agencies.Select(a => (JsonNode)JsonValue.Create(a.Slug())).ToArray());

    /// <summary>Carries the field's personal-data mark and its validation limits into its schema.</summary>
    static void Annotate(JsonObject property, ICustomAttributeProvider member)
    {
        foreach (var attribute in member.GetCustomAttributes(inherit: false))
            switch (attribute)
            {
                case PersonalDataAttribute:
                    property["x-personal-data"] = true;
                    break;
                case RegularExpressionAttribute regex:
                    property["pattern"] = regex.Pattern;
                    break;
                case StringLengthAttribute length:
                    property["maxLength"] = length.MaximumLength;
                    break;
                case MinLengthAttribute { Length: > 0 } minimum:
                    property["minItems"] = minimum.Length;
                    break;
                case RangeAttribute range:
                    property["minimum"] = Convert.ToDecimal(range.Minimum, CultureInfo.InvariantCulture);
                    property["maximum"] = Convert.ToDecimal(range.Maximum, CultureInfo.InvariantCulture);
                    break;
            }
    }

    /// <summary>The identifiers' shapes, and the rule that at least one of them is given.</summary>
    static void DescribeIdentity(JsonObject identity)
    {
        var properties = identity["properties"]!.AsObject();
        (string Field, string Pattern)[] identifiers =
        [
            ("pncId", PncId.SchemaPattern), ("croNumber", CroNumber.SchemaPattern),
            ("prisonNumber", PrisonNumber.SchemaPattern), ("crn", CaseReferenceNumber.SchemaPattern),
        ];
        foreach (var (field, pattern) in identifiers) properties[field]!["pattern"] = pattern;
        identity["anyOf"] = new JsonArray(identifiers.Select(i => (JsonNode)new JsonObject
        {
            ["required"] = new JsonArray(i.Field),
            ["properties"] = new JsonObject { [i.Field] = new JsonObject { ["type"] = "string" } },
        }).ToArray());
    }

    /// <summary>The JSON Schema of <paramref name="type"/> in the wire format, with the catalogue's annotations.</summary>
    public static JsonNode SchemaOf(Type type) => ContractJson.Options.GetJsonSchemaAsNode(type, new JsonSchemaExporterOptions
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = (context, node) =>
        {
            // Written by OffsetDateTimeConverter, which the exporter cannot see into.
            if (context.TypeInfo.Type == typeof(DateTimeOffset)) node = new JsonObject { ["type"] = "string", ["format"] = "date-time" };
            if (node is not JsonObject schema) return node;
            if (context.TypeInfo.Type == typeof(OffenderIdentity)) DescribeIdentity(schema);
            if (context.PropertyInfo?.AttributeProvider is { } member) Annotate(schema, member);
            return node;
        },
    });
}
