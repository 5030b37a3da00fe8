using System.Text.Json.Nodes;
using AgencyHub.Adapters.Common.Feeds;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;

namespace AgencyHub.Adapters.Common.Catalogue;

/// <summary>
/// The OpenAPI 3.1 description of one agency's adapter, generated from the contracts: a path per message the agency
/// posts (its request schema from the catalogue), the selection-matrix score for the police, the feed and its
/// acknowledgement, every error answer, and the two security schemes. Served at <c>GET /openapi.json</c> and committed
/// under <c>contracts/openapi/</c>, where a test keeps it in step with the code.
/// </summary>
public static class OpenApiDocument
{
    /// <summary>The document of <paramref name="agency"/>'s adapter, as indented JSON ending in a newline.</summary>
    public static string Generate(Agency agency)
    {
        var schemas = new JsonObject
        {
            ["FeedPage"] = CatalogueDocument.SchemaOf(typeof(FeedPage)),
            ["FeedAcknowledgement"] = CatalogueDocument.SchemaOf(typeof(FeedAcknowledgement)),
            ["Accepted"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { ["messageId"] = Format("uuid"), ["messageType"] = new JsonObject { ["type"] = "string" } },
                ["required"] = Array("messageId", "messageType"),
            },
            ["Problem"] = Problem(),
        };
        var paths = new JsonObject();
        foreach (var contract in MessageCatalogue.SentBy(agency))
        {
            schemas[contract.Name] = CatalogueDocument.SchemaOf(contract.Type);
            paths[contract.Route] = new JsonObject
            {
                ["post"] = contract.IsPostedToIngress
                    ? Operation($"post-{contract.Name}", $"Post a {contract.Name} ({contract.Purpose})", contract.Name,
                        Answer("202", "Accepted: stored, and published to the hub", "Accepted"), "400", "401", "403", "409", "413", "415", "429", "503")
                    : Operation(contract.Name, $"Ask the hub: {contract.Name}", contract.Name,
                        Answer("200", "The hub's answer", null), "400", "401", "403", "413", "415", "429", "503"),
            };
        }
        paths["/feed"] = new JsonObject
        {
            ["get"] = new JsonObject
            {
                ["operationId"] = "read-feed",
                ["summary"] = "Read the deliveries waiting for this agency (at least once, in order)",
                ["parameters"] = new JsonArray(
                    Query("after", "A cursor returned by the feed: read after it without acknowledging", new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]+$" }),
                    Query("limit", $"Items per page, 1 to {FeedEndpoints.MaxLimit} (default 100)", new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = FeedEndpoints.MaxLimit }),
                    Query("wait", "Seconds to wait for a new item (long poll)", new JsonObject { ["type"] = "number", ["minimum"] = 0 })),
                ["responses"] = Responses(Answer("200", "A page of the feed", "FeedPage"), "400", "401", "403", "429", "503"),
            },
        };
        paths["/feed/ack"] = new JsonObject
        {
            ["post"] = Operation("acknowledge-feed", "Acknowledge everything up to a cursor, once stored on the agency's side",
                "FeedAcknowledgement", Answer("204", "Acknowledged", null), "400", "401", "403", "409", "413", "415", "429", "503"),
        };
        foreach (var (path, summary) in new[] { ("/catalogue", "The message catalogue"), ("/openapi.json", "This document"),
                     ("/asyncapi.json", "The AsyncAPI document of the hub's messages"), ("/health/live", "The process answers"),
                     ("/health/ready", "The adapter's database answers") })
            paths[path] = new JsonObject
            {
                ["get"] = new JsonObject
                {
                    ["operationId"] = path.Trim('/').Replace('/', '-').Replace(".json", ""),
                    ["summary"] = summary,
                    ["security"] = new JsonArray(),
                    ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = summary } },
                },
            };
        var document = new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = $"AgencyHub {agency.Slug()} adapter",
                ["version"] = "1",
                ["description"] = $"The {agency.Slug()} agency's systems post messages here and read their deliveries. Under the " +
                    $"all-in-one host every path is under /agencies/{agency.Slug()}.",
            },
            ["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() }, new JsonObject { ["clientCertificate"] = new JsonArray() }),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["apiKey"] = new JsonObject
                    {
                        ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "ahk_{prefix}_{secret}",
                        ["description"] = "An API key issued to the agency system with the hosts' keys command",
                    },
                    ["clientCertificate"] = new JsonObject
                    {
                        ["type"] = "mutualTLS", ["description"] = "A client certificate registered for the agency system",
                    },
                },
                ["schemas"] = schemas,
                ["responses"] = ErrorAnswers(),
            },
        };
        return CatalogueDocument.ToText(document);
    }

    static JsonObject Operation(string id, string summary, string requestSchema, (string Status, JsonObject Answer) success, params string[] errors)
    {
        var operation = new JsonObject
        {
            ["operationId"] = id,
            ["summary"] = summary,
            ["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Ref("schemas", requestSchema) } },
            },
            ["responses"] = Responses(success, errors),
        };
        if (id.StartsWith("post-", StringComparison.Ordinal))
            operation["parameters"] = new JsonArray(new JsonObject
            {
                ["name"] = "X-Message-Id", ["in"] = "header", ["required"] = false, ["schema"] = Format("uuid"),
                ["description"] = "The sender's own id for the message: a re-post with the same id and body has no second effect",
            });
        return operation;
    }

    static JsonObject Responses((string Status, JsonObject Answer) success, params string[] errors)
    {
        var responses = new JsonObject { [success.Status] = success.Answer };
        foreach (var status in errors) responses[status] = Ref("responses", status);
        return responses;
    }

    static (string, JsonObject) Answer(string status, string description, string? schema)
    {
        var answer = new JsonObject { ["description"] = description };
        if (schema is not null)
            answer["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Ref("schemas", schema) } };
        return (status, answer);
    }

    // Every error is RFC 9457 problem details; 400 adds the errors by field.
    static JsonObject ErrorAnswers()
    {
        var answers = new JsonObject();
        foreach (var (status, description) in new[]
                 {
                     ("400", "Invalid: errors lists each bad field by its JSON path"),
                     ("401", "No credential, or one refused (WWW-Authenticate says why)"),
                     ("403", "A credential of another agency"),
                     ("409", "The message id was used for another message, or the cursor is before the one acknowledged"),
                     ("413", "The body is over the limit"),
                     ("415", "The body is not application/json"),
                     ("429", "Over this client's rate limit: retry after Retry-After seconds"),
                     ("503", "The hub's database or the hub did not answer: retry after Retry-After seconds"),
                 })
            answers[status] = new JsonObject
            {
                ["description"] = description,
                ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = Ref("schemas", "Problem") } },
            };
        return answers;
    }

    static JsonObject Problem() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string" },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["status"] = new JsonObject { ["type"] = "integer" },
            ["detail"] = new JsonObject { ["type"] = "string" },
            ["errors"] = new JsonObject
            {
                ["type"] = "object",
                ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            },
        },
    };

    static JsonObject Query(string name, string description, JsonObject schema) => new()
    {
        ["name"] = name, ["in"] = "query", ["required"] = false, ["description"] = description, ["schema"] = schema,
    };

    static JsonObject Ref(string section, string name) => new() { ["$ref"] = $"#/components/{section}/{name}" };

    static JsonObject Format(string format) => new() { ["type"] = "string", ["format"] = format };

    static JsonArray Array(params string[] values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
}
