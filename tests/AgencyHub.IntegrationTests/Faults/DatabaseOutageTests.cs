using System.Diagnostics;
using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Transport;
using AgencyHub.Sagas.Intake;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AgencyHub.IntegrationTests.Faults;

/// <summary>
/// A database fail-over, as the hosts see one: PostgreSQL stops for a minute in the middle of a stream of selections
/// and receptions, then comes back. The messages on the broker at that moment fail in the hub and in the prison
/// adapter, are tried again in the host, then handed to the scheduler to come back later (which itself waits for its
/// store); none may end in an error queue, and every one must reach the prison's feed exactly once.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    const int People = 200;
    static readonly TimeSpan Outage = TimeSpan.FromSeconds(60);

    readonly HubProcesses _hub = new(output);

    public Task InitializeAsync() => _hub.Create();

    [Fact]
    public async Task With_postgresql_down_for_a_minute_mid_stream_nothing_reaches_an_error_queue_and_nothing_is_lost()
    {
        await _hub.Orchestrator("orchestrator");
        var (_, pncIds, posts, feed, posting, reading) = await _hub.PostSelectionsAndReceptions(People, TimeSpan.FromMinutes(6));
        await posts.WaitUntilAccepted(People);
        var stopped = Stopwatch.StartNew();
        await TestServers.Restart("postgres", Outage);
        output.WriteLine($"PostgreSQL was down for {stopped.Elapsed.TotalSeconds:F0} s after {People} accepted posts");
        await posting;
        await reading;
        output.WriteLine($"Everything was on the prison feed {stopped.Elapsed.TotalSeconds:F0} s after PostgreSQL stopped");

        PrisonFeedChecks.AssertEachOnce(feed.Items, pncIds);
        foreach (var queue in new[] { HubIntake.Queue, SchedulerQueue.Name, DeliveryQueues.Name(Agency.Prison), DeliveryQueues.Name(Agency.Police) })
        {
            var reasons = await ErrorQueues.Reasons(_hub.Broker, ErrorQueues.Of(queue), pncIds);
            Assert.True(reasons.Count == 0, $"{reasons.Count} messages in {ErrorQueues.Of(queue)}: {string.Join("; ", reasons.Distinct())}");
        }
        await using var db = _hub.OwnerContext();
        Assert.Equal(0, await db.AcceptedMessages.CountAsync());
        // Nor collected from one.
        Assert.Empty(await db.FailedMessages.Select(f => $"{f.Endpoint}: {f.Cause}").ToListAsync());
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();
}
