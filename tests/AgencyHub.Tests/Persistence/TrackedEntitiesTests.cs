using AgencyHub.Persistence;
using AgencyHub.Persistence.Cases;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Tests.Persistence;

public sealed class TrackedEntitiesTests
{
    [Fact]
    public async Task What_a_context_tracks_is_read_as_it_is_in_memory_and_a_change_made_meanwhile_is_still_saved()
    {
        await using var provider = await TestDatabase.NewMigrated();
        var stored = await provider.StoreCase("S1");

        await using var db = await provider.Open();
        var loaded = await db.Cases.AsTracking().SingleAsync(c => c.CorrelationId == stored);
        loaded.CurrentState = "InCustody";
        var added = new PpoCase { CorrelationId = Guid.NewGuid(), Version = 1, CurrentState = "InCommunity", SchemeCode = "S2" };
        db.Cases.Add(added);

        var tracked = db.Tracked<PpoCase>();

        Assert.Equivalent(new[] { ("S1", "InCustody"), ("S2", "InCommunity") },
            tracked.Select(c => (c.SchemeCode, c.CurrentState)).OrderBy(c => c.SchemeCode).ToArray());
        Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
        await db.SaveChangesAsync();
        await using var check = await provider.Open();
        Assert.Equal("InCustody", (await check.Cases.SingleAsync(c => c.CorrelationId == stored)).CurrentState);
        Assert.Equal(2, await check.Cases.CountAsync());
    }
}
