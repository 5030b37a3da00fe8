using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>One way of posting something an adapter must refuse, and the status it must answer.</summary>
/// <param name="Name">What is wrong with it.</param>
/// <param name="Type">The message type in the route.</param>
/// <param name="Content">Makes the body (a new one per post).</param>
/// <param name="Status">The 4xx it must get.</param>
/// <param name="MessageId">The X-Message-Id header, if any.</param>
public sealed record BadRequest(string Name, string Type, Func<HttpContent> Content, HttpStatusCode Status, string? MessageId = null)
{
    public override string ToString() => Name;
}

/// <summary>Bad posts to the prison adapter, each about <c>pncId</c> where the body still names someone.</summary>
public static class BadRequests
{
    /// <summary>Larger than the default limit of 64 KiB.</summary>
    public static byte[] OversizedReception(string pncId) =>
        Encoding.UTF8.GetBytes(Bodies.Reception(pncId).With(b => b["note"] = new string('x', 70 * 1024)).ToJsonString());

    public static IReadOnlyList<BadRequest> ForPrison(string pncId) =>
    [
        new("malformed JSON", Journeys.Reception, () => AdapterCalls.Json($$"""{"offender": {"pncId": "{{pncId}}"}, "prisonCode": """),
            HttpStatusCode.BadRequest),
        new("no identifier", Journeys.Reception, () => Json(Bodies.Reception(pncId).With(b => b["offender"] = new JsonObject())),
            HttpStatusCode.BadRequest),
        new("malformed PNC ID", Journeys.Reception, () => Json(Bodies.Reception("2004/12X45")), HttpStatusCode.BadRequest),
        new("unknown field", Journeys.Reception, () => Json(Bodies.Reception(pncId).With(b => b["favouriteColour"] = "blue")),
            HttpStatusCode.BadRequest),
        new("malformed message id", Journeys.Reception, () => Json(Bodies.Reception(pncId)), HttpStatusCode.BadRequest, "not-a-uuid"),
        new("unknown message type", "parole-granted", () => Json(Bodies.Reception(pncId)), HttpStatusCode.NotFound),
        new("oversized body", Journeys.Reception, () => new ByteArrayContent(OversizedReception(pncId)) { Headers = { { "Content-Type", "application/json" } } },
            HttpStatusCode.RequestEntityTooLarge),
        new("wrong content type", Journeys.Reception, () => AdapterCalls.Json(Bodies.Reception(pncId).ToJsonString(), "text/plain"),
            HttpStatusCode.UnsupportedMediaType),
    ];

    static HttpContent Json(JsonNode body) => AdapterCalls.Json(body.ToJsonString());
}
