using System.Text.Json;

namespace AgencyHub.IntegrationTests.Faults;

/// <summary>
/// Reads an agency's feed the way a careful agency system does, through restarts of the adapter: long-polls,
/// records each item by its cursor, acknowledges, and on any failure waits a moment and reads on from its
/// acknowledged position. An item offered again (read but not acknowledged before a failure) keeps its cursor, so
/// a feed that held one delivery twice would show up as two cursors with the same delivery id.
/// </summary>
public sealed class FeedRecorder(Uri adapter, string key)
{
    readonly Lock _gate = new();
    readonly Dictionary<long, (Guid DeliveryId, string MessageType, string? PncId)> _items = [];

    /// <summary>Everything read so far, by cursor.</summary>
    public IReadOnlyDictionary<long, (Guid DeliveryId, string MessageType, string? PncId)> Items
    {
        get { lock (_gate) return new Dictionary<long, (Guid, string, string?)>(_items); }
    }

    /// <summary>Reads until <paramref name="done"/> holds for what was read, or <paramref name="timeout"/> passes.</summary>
    public async Task ReadUntil(Func<IReadOnlyDictionary<long, (Guid DeliveryId, string MessageType, string? PncId)>, bool> done, TimeSpan timeout)
    {
        using var http = AgencySystem.Client(adapter, key);
        var deadline = DateTime.UtcNow + timeout;
        while (!done(Items))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The feed at {adapter} did not hold everything expected within {timeout}");
            try
            {
                using var page = JsonDocument.Parse(await http.GetStringAsync("/feed?wait=2&limit=500"));
                var items = page.RootElement.GetProperty("items");
                if (items.GetArrayLength() == 0) continue;
                Record(items);
                var next = page.RootElement.GetProperty("nextCursor").GetString();
                using var ack = await http.PostAsync("/feed/ack", Support.AdapterCalls.Json($$"""{"cursor":"{{next}}"}"""));
                ack.EnsureSuccessStatusCode();
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // The adapter or its database is restarting: read on from the acknowledged position.
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }
        }
    }

    void Record(JsonElement items)
    {
        lock (_gate)
            foreach (var item in items.EnumerateArray())
            {
                var cursor = long.Parse(item.GetProperty("cursor").GetString()!);
                var payload = item.GetProperty("payload");
                var pncId = payload.TryGetProperty("offender", out var offender) && offender.TryGetProperty("pncId", out var pnc) ? pnc.GetString() : null;
                var recorded = (item.GetProperty("deliveryId").GetGuid(), item.GetProperty("messageType").GetString()!, pncId);
                if (_items.TryGetValue(cursor, out var earlier) && earlier != recorded)
                    throw new InvalidOperationException($"Cursor {cursor} was first {earlier} and then {recorded}");
                _items[cursor] = recorded;
            }
    }
}
