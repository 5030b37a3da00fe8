using AgencyHub.Scheduling;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Tests.Scheduling;

public sealed class SchedulerShardsTests
{
    static readonly SchedulerShards Shards = new(new ServiceCollection().BuildServiceProvider(), SchedulerShards.Names(SchedulerShards.OnPostgres));

    [Fact]
    public void A_tokens_shard_is_the_same_on_every_host_and_release()
    {
        // Pinned: a token stored under one shard's name must be cancelled and fired there after any restart or upgrade.
        Assert.Equal("agencyhub-scheduler-3", Shards.NameOf(Guid.Parse("6f0e0000-df25-9e32-546c-08df4fae894f")));
    }

    [Fact]
    public void Sequential_tokens_are_spread_evenly_over_the_shards()
    {
        var counts = Enumerable.Range(0, 8000).Select(_ => Shards.NameOf(NewId.NextGuid())).CountBy(name => name).ToDictionary();

        Assert.Equal(Shards.All.Order(), counts.Keys.Order());
        Assert.All(counts.Values, count => Assert.InRange(count, 800, 1200));
    }
}
