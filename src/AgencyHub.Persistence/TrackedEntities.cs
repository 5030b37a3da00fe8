using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence;

/// <summary>What a context already tracks, read without detecting changes.</summary>
public static class TrackedEntities
{
    /// <summary>
    /// The entities of <typeparamref name="T"/> that <paramref name="db"/> tracks (not deleted), as they are in memory.
    /// <c>DbSet.Local</c> would first compare every tracked entity of every type with its snapshot (DetectChanges): on
    /// the intake's context, which tracks the person, their cases, timeline entries and outbox rows, each lookup cost
    /// more than the query it saved (bench (d), profiled). Which entities are tracked does not depend on that
    /// comparison; SaveChanges still makes it once.
    /// </summary>
    public static List<T> Tracked<T>(this DbContext db) where T : class
    {
        var tracker = db.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return [.. db.Set<T>().Local];
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
