using System.Diagnostics;
using System.Net;
using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Roles;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static AgencyHub.IntegrationTests.Support.Journeys;

namespace AgencyHub.IntegrationTests.Faults;

/// <summary>
/// Nothing lost, nothing done twice, through crashes and restarts: the police adapter, two replicas of the prison
/// adapter and two competing orchestrators run as processes of their own on the real RabbitMQ and PostgreSQL. While
/// 1,000 messages flow (for each of 500 people, a selection and a reception posted at the same moment, so the two
/// orchestrators handle events for one person concurrently) a prison replica is killed with SIGKILL for good (the
/// other relays what it had stored and takes its posts), then an orchestrator is killed and started again, RabbitMQ
/// is restarted, and PostgreSQL is restarted. The agencies' systems behave as the README
/// asks: a post that gets no 202 is posted again with the same X-Message-Id, and the feed is read on from the
/// acknowledged position.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class FaultToleranceTests(ITestOutputHelper output) : IAsyncLifetime
{
    const int People = 500, ScaleOutPeople = 200;
    const string Prison = "LEI";

    readonly HubProcesses _hub = new(output);

    public Task InitializeAsync() => _hub.Create();

    [Fact]
    public async Task Every_delivery_reaches_its_feed_exactly_once_and_every_case_ends_right_through_kills_and_restarts()
    {
        var orchestrators = await Task.WhenAll(_hub.Orchestrator("orchestrator-1"), _hub.Orchestrator("orchestrator-2"));
        var (prisons, pncIds, posts, feed, posting, reading) = await _hub.PostSelectionsAndReceptions(People, TimeSpan.FromMinutes(4), prisonReplicas: 2);
        await Fault(posts, 200, "kill -9 a prison adapter replica for good", () => prisons[1].Kill());
        await Fault(posts, 400, "kill -9 an orchestrator", async () => { await orchestrators[0].Kill(); await orchestrators[0].Start(); });
        await Fault(posts, 600, "restart RabbitMQ", () => TestServers.Restart("rabbitmq"));
        await Fault(posts, 800, "restart PostgreSQL", () => TestServers.Restart("postgres"));
        await posting;
        output.WriteLine($"All {2 * People} messages accepted; {posts.Retries} posts had to be repeated");
        await reading;

        var items = feed.Items;
        PrisonFeedChecks.AssertEachOnce(items, pncIds);
        await using var db = _hub.OwnerContext();
        var cases = await db.Cases.Where(c => pncIds.Contains(c.PncId))
            .Join(db.People, c => c.PersonId, p => p.PersonId, (c, p) => new { c.CurrentState, p.PrisonCode, c.AlertedPrisonCode }).ToListAsync();
        Assert.Equal(People, cases.Count);
        var wrongCases = cases.Where(c => (c.CurrentState, c.PrisonCode, c.AlertedPrisonCode) != ("InCustody", Prison, Prison)).ToList();
        Assert.True(wrongCases.Count == 0, $"{wrongCases.Count} cases are not in custody at {Prison} with the prison alerted, e.g. {wrongCases.FirstOrDefault()?.CurrentState}");
        Assert.Equal(0, await db.AcceptedMessages.CountAsync());
        // Every delivery read from the feed was disclosed in the prison's audit trail, none twice (more may have been
        // appended after the reader stopped), and no chain was broken by the faults.
        var disclosed = await db.AuditEntries.Where(e => e.Agency == "prison" && e.Action == AuditAction.Delivered)
            .Select(e => e.MessageId!.Value).ToListAsync();
        Assert.Equal(disclosed.Count, disclosed.Distinct().Count());
        Assert.Empty(items.Values.Select(i => i.DeliveryId).Except(disclosed));
        Assert.Empty((await AuditVerification.Check(db, CancellationToken.None)).Findings);
    }

    [Fact]
    public async Task Two_orchestrators_and_two_prison_replicas_share_the_work_and_no_stored_message_is_relayed_twice()
    {
        await Task.WhenAll(_hub.Orchestrator("orchestrator-1"), _hub.Orchestrator("orchestrator-2"));
        var (_, pncIds, _, feed, posting, reading) = await _hub.PostSelectionsAndReceptions(ScaleOutPeople, TimeSpan.FromMinutes(3), prisonReplicas: 2);
        await posting;
        await reading;

        PrisonFeedChecks.AssertEachOnce(feed.Items, pncIds);
        await using var db = _hub.OwnerContext();
        Assert.Equal(0, await db.AcceptedMessages.CountAsync());
        // Without faults, every message was received once by each of its consumers: a stored message published by both
        // replicas would have been received twice by the hub.
        var repeated = await db.Inbox.Where(i => i.ReceiveCount > 1).CountAsync();
        Assert.True(repeated == 0, $"{repeated} messages were received more than once");
        Assert.True(await db.Inbox.CountAsync() >= 2 * ScaleOutPeople);
    }

    async Task Fault(AgencySystemPosts posts, int afterAccepted, string what, Func<Task> fault)
    {
        await posts.WaitUntilAccepted(afterAccepted);
        var started = Stopwatch.StartNew();
        await fault();
        output.WriteLine($"{what} after {afterAccepted} accepted posts: back in {started.Elapsed.TotalSeconds:F1} s");
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();
}
