using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Tests.Persistence;

public sealed class OptimisticConcurrencyTests
{
    [Fact]
    public async Task A_case_changed_by_another_host_since_it_was_loaded_is_not_overwritten()
    {
        await using var provider = await TestDatabase.NewMigrated();
        var id = await provider.StoreCase("S1");

        await using var first = await provider.Open();
        await using var second = await provider.Open();
        var mine = await first.Cases.AsTracking().SingleAsync(c => c.CorrelationId == id);
        var theirs = await second.Cases.AsTracking().SingleAsync(c => c.CorrelationId == id);
        theirs.CurrentState = "InCustody";
        theirs.Version++;
        await second.SaveChangesAsync();

        mine.CurrentState = "Deselected";
        mine.Version++;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());

        await using var check = await provider.Open();
        var stored = await check.Cases.SingleAsync(c => c.CorrelationId == id);
        Assert.Equal(("InCustody", 2), (stored.CurrentState, stored.Version));
    }
}
