using Microsoft.Extensions.Logging;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Feeds;

namespace AgencyHub.Adapters.Common.Feeds;

/// <summary>The feeds of the agencies this process hosts an adapter for.</summary>
public sealed class AgencyFeeds(IEnumerable<Agency> hosted, FeedStore store, ILogger<AgencyFeed> logger)
{
    readonly Dictionary<Agency, AgencyFeed> _feeds = hosted.ToDictionary(a => a, a => new AgencyFeed(a, store, logger));

    /// <summary>Every feed this process hosts.</summary>
    public IEnumerable<AgencyFeed> All => _feeds.Values;

    /// <summary>The feed of <paramref name="agency"/>; throws when this process does not host it.</summary>
    public AgencyFeed For(Agency agency) =>
        _feeds.TryGetValue(agency, out var feed) ? feed : throw new InvalidOperationException($"This process hosts no adapter for {agency}");
}
