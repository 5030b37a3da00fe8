using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>Calls on an adapter's HTTP API, as an agency's system makes them.</summary>
public static class AdapterCalls
{
    public const string MessageIdHeader = "X-Message-Id";

    /// <summary><c>POST /messages/{type}</c> with a JSON body, optionally with the sender's own message id.</summary>
    public static Task<HttpResponseMessage> PostMessage(this HttpClient adapter, string type, JsonNode body, Guid? messageId = null) =>
        adapter.PostMessage(type, Json(body.ToJsonString()), messageId?.ToString());

    /// <summary><c>POST /messages/{type}</c> with any content and message id header.</summary>
    public static async Task<HttpResponseMessage> PostMessage(this HttpClient adapter, string type, HttpContent content, string? messageId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/messages/{type}") { Content = content };
        if (messageId is not null) request.Headers.Add(MessageIdHeader, messageId);
        return await adapter.SendAsync(request);
    }

    /// <summary>Posts a message that must be accepted; returns the id the adapter gave it.</summary>
    public static async Task<Guid> PostAccepted(this HttpClient adapter, string type, JsonNode body, Guid? messageId = null)
    {
        using var response = await adapter.PostMessage(type, body, messageId);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST /messages/{type} answered {(int)response.StatusCode}: {text}");
        using var answer = JsonDocument.Parse(text);
        Assert.Equal(type, answer.RootElement.GetProperty("messageType").GetString());
        var id = answer.RootElement.GetProperty("messageId").GetGuid();
        if (messageId is { } given) Assert.Equal(given, id);
        return id;
    }

    /// <summary>Checks the status of a refusal and that it is a problem details document; returns the document.</summary>
    public static async Task<JsonElement> ProblemOf(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
        return problem.RootElement.Clone();
    }

    /// <summary>Checks for a 400 validation problem whose <c>errors</c> name <paramref name="field"/>; returns its messages.</summary>
    public static async Task<string[]> ValidationErrorsFor(HttpResponseMessage response, string field)
    {
        var problem = await ProblemOf(response, HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"no errors in {problem}");
        Assert.True(errors.TryGetProperty(field, out var messages), $"the errors do not name '{field}': {errors}");
        var texts = messages.EnumerateArray().Select(m => m.GetString() ?? "").ToArray();
        Assert.NotEmpty(texts);
        return texts;
    }

    /// <summary>UTF-8 content with a media type.</summary>
    public static HttpContent Json(string text, string mediaType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        return content;
    }
}
