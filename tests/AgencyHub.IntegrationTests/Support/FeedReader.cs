using System.Net;
using System.Text.Json;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>
/// Reads an adapter's feed (<c>GET /feed</c>) the way a test must on a feed shared with other tests: always with an
/// explicit <c>after</c> cursor, paging forward from the start, never acknowledging, so no test moves the
/// acknowledged cursor under another. Items are told apart by the PNC ID in their payload.
/// </summary>
public static class FeedReader
{
    /// <summary>One page: <c>GET /feed?after=&amp;limit=&amp;wait=</c> (no <c>after</c> when it is null).</summary>
    public static async Task<JsonElement> ReadPage(this HttpClient adapter, string? after, int limit = 500, double wait = 0)
    {
        var query = $"/feed?limit={limit}&wait={wait.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        if (after is not null) query += $"&after={after}";
        using var response = await adapter.GetAsync(query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {query} answered {(int)response.StatusCode}: {text}");
        using var page = JsonDocument.Parse(text);
        return page.RootElement.Clone();
    }

    /// <summary>
    /// Pages forward (long-polling at the end) until <paramref name="count"/> items of <paramref name="messageType"/>
    /// about <paramref name="pncId"/> have appeared; fails after <see cref="Timeouts.Message"/>.
    /// </summary>
    public static async Task<IReadOnlyList<JsonElement>> WaitForItems(this HttpClient adapter, string messageType, string pncId, int count = 1)
    {
        var deadline = DateTime.UtcNow + Timeouts.Message;
        var found = new List<JsonElement>();
        var cursor = "0";
        while (true)
        {
            var left = (deadline - DateTime.UtcNow).TotalSeconds;
            if (left <= 0)
                Assert.Fail($"{found.Count} of {count} '{messageType}' items about {pncId} reached the feed within {Timeouts.Message} (read up to cursor {cursor})");
            var page = await adapter.ReadPage(cursor, wait: Math.Min(5, Math.Ceiling(left)));
            found.AddRange(Items(page).Where(item => Is(item, messageType, pncId)));
            if (found.Count >= count) return found;
            cursor = page.GetProperty("nextCursor").GetString()!;
        }
    }

    /// <summary>Every item now in the feed from the start (or the acknowledged cursor), without waiting.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ReadToEnd(this HttpClient adapter)
    {
        var all = new List<JsonElement>();
        var cursor = "0";
        while (true)
        {
            var page = await adapter.ReadPage(cursor);
            var items = Items(page).ToList();
            if (items.Count == 0) return all;
            all.AddRange(items);
            cursor = page.GetProperty("nextCursor").GetString()!;
        }
    }

    /// <summary>The items of <paramref name="messageType"/> about <paramref name="pncId"/> now in the feed.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ItemsNow(this HttpClient adapter, string messageType, string pncId) =>
        (await adapter.ReadToEnd()).Where(item => Is(item, messageType, pncId)).ToList();

    public static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    /// <summary>Whether a feed item is a <paramref name="messageType"/> about the person with <paramref name="pncId"/>.</summary>
    public static bool Is(JsonElement item, string messageType, string pncId) =>
        item.GetProperty("messageType").GetString() == messageType
        && item.GetProperty("payload").TryGetProperty("offender", out var offender)
        && offender.TryGetProperty("pncId", out var pnc)
        && pnc.GetString() == pncId;
}
