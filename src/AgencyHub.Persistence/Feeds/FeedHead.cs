namespace AgencyHub.Persistence.Feeds;

/// <summary>
/// Where an agency's feed has got to. Whoever hands out cursors updates this row first, which locks it until the
/// commit, so cursors are handed out in commit order and a reader never skips an item that commits late: on
/// PostgreSQL the numbering of committed entries (<see cref="FeedStore.Number"/>), on SQLite each append.
/// </summary>
public sealed class FeedHead
{
    /// <summary>The agency's slug.</summary>
    public string Agency { get; set; } = "";

    /// <summary>The last cursor handed out.</summary>
    public long LastCursor { get; set; }

    /// <summary>The agency's acknowledged position.</summary>
    public long AcknowledgedCursor { get; set; }
}
