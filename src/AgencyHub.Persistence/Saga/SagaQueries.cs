using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Saga;

/// <summary>How instances of a saga are read: with every owned collection, so a loaded instance is whole.</summary>
static class SagaQueries<TSaga> where TSaga : class
{
    /// <summary>Instances tracked for update, with their navigations.</summary>
    public static IQueryable<TSaga> Tracked(HubDbContext db)
    {
        IQueryable<TSaga> query = db.Set<TSaga>().AsTracking();
        foreach (var navigation in db.Model.FindEntityType(typeof(TSaga))!.GetNavigations())
            query = query.Include(navigation.Name);
        return query;
    }
}
