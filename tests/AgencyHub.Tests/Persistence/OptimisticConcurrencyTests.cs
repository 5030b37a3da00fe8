using AgencyHub.Persistence;
using AgencyHub.Persistence.Cases;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Tests.Persistence;

public sealed class OptimisticConcurrencyTests
{
    [Fact]
    public async Task A_case_changed_by_another_host_since_it_was_loaded_is_not_overwritten()
    {
        await using var provider = await TestDatabase.NewMigrated();
        var contexts = provider.GetRequiredService<IDbContextFactory<HubDbContext>>();
        var id = Guid.NewGuid();
        await using (var setup = await contexts.CreateDbContextAsync())
        {
            setup.Cases.Add(new PpoCase { CorrelationId = id, Version = 1, CurrentState = "InCommunity", SchemeCode = "S1" });
            await setup.SaveChangesAsync();
        }

        await using var first = await contexts.CreateDbContextAsync();
        await using var second = await contexts.CreateDbContextAsync();
        var mine = await first.Cases.AsTracking().SingleAsync(c => c.CorrelationId == id);
        var theirs = await second.Cases.AsTracking().SingleAsync(c => c.CorrelationId == id);
        theirs.CurrentState = "InCustody";
        theirs.Version++;
        await second.SaveChangesAsync();

        mine.CurrentState = "Deselected";
        mine.Version++;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());

        await using var check = await contexts.CreateDbContextAsync();
        var stored = await check.Cases.SingleAsync(c => c.CorrelationId == id);
        Assert.Equal(("InCustody", 2), (stored.CurrentState, stored.Version));
    }
}
