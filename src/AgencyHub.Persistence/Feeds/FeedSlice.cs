namespace AgencyHub.Persistence.Feeds;

/// <summary>Items read from a feed.</summary>
/// <param name="Entries">The items, oldest first.</param>
/// <param name="From">The cursor read after.</param>
/// <param name="Acknowledged">The agency's acknowledged position.</param>
public sealed record FeedSlice(IReadOnlyList<FeedEntry> Entries, long From, long Acknowledged);
