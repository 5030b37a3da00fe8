namespace AgencyHub.Adapters.Common.Feeds;

/// <summary>The answer to <c>GET /feed</c>.</summary>
/// <param name="Items">Items after the requested cursor, oldest first.</param>
/// <param name="NextCursor">Pass as <c>after</c> to read on; acknowledge it once the items are safely stored.</param>
/// <param name="AcknowledgedCursor">The agency's acknowledged position: a read without <c>after</c> starts here.</param>
public sealed record FeedPage(IReadOnlyList<FeedItem> Items, string NextCursor, string AcknowledgedCursor);
