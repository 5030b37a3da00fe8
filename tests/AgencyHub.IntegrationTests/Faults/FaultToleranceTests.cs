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
/// Nothing lost, nothing done twice, through crashes and restarts: the police and prison adapters and two
/// competing orchestrators run as processes of their own on the real RabbitMQ and PostgreSQL. While 1,000 messages
/// flow (for each of 500 people, a selection and a reception posted at the same moment, so the two orchestrators
/// handle events for one person concurrently) the prison adapter and then an orchestrator are killed with SIGKILL
/// and started again, RabbitMQ is restarted, and PostgreSQL is restarted. The agencies' systems behave as the README
/// asks: a post that gets no 202 is posted again with the same X-Message-Id, and the feed is read on from the
/// acknowledged position.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class FaultToleranceTests(ITestOutputHelper output) : IAsyncLifetime
{
    const int People = 500;
    const string Prison = "LEI";

    readonly string _logs = Directory.CreateTempSubdirectory("agencyhub-faults-").FullName;
    readonly List<HostProcess> _hosts = [];
    BrokerSettings _broker = null!;
    Dictionary<string, string?> _settings = null!;

    public async Task InitializeAsync()
    {
        _broker = BrokerSettings.FromEnvironment();
        _settings = await DatabaseSettings.NewDatabase();
        // As a release would: the owner applies the schema, then each host runs with its own role.
        await DatabaseSettings.Migrate(_settings);
        _settings["Logging:LogLevel:Default"] = "Warning";
        _settings["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information";
        _settings["Logging:LogLevel:MassTransit"] = "Information";
        _settings["Logging:Console:TimestampFormat"] = "HH:mm:ss.fff ";
        output.WriteLine($"Host logs: {_logs}");
    }

    [Fact]
    public async Task Every_delivery_reaches_its_feed_exactly_once_and_every_case_ends_right_through_kills_and_restarts()
    {
        var orchestrators = await Task.WhenAll(Start("orchestrator-1", "AgencyHub.Orchestrator", _broker.AsHub(), DatabaseRoles.Hub),
            Start("orchestrator-2", "AgencyHub.Orchestrator", _broker.AsHub(), DatabaseRoles.Hub));
        var (police, prison) = (await Start("police", "AgencyHub.Adapters.Police", _broker.AsAdapter(Agency.Police), DatabaseRoles.Of(Agency.Police)),
            await Start("prison", "AgencyHub.Adapters.Prison", _broker.AsAdapter(Agency.Prison), DatabaseRoles.Of(Agency.Prison)));
        var pncIds = Enumerable.Range(0, People).Select(_ => Support.People.NewPncId()).ToArray();
        var (policeKey, prisonKey) = (await police.CreateKey("police"), await prison.CreateKey("prison"));
        var posts = new AgencySystemPosts();
        var feed = new FeedRecorder(prison.BaseAddress, prisonKey);

        var posting = Task.Run(() => posts.PostAll(pncIds, (police.BaseAddress, policeKey), (prison.BaseAddress, prisonKey)));
        var reading = Task.Run(() => feed.ReadUntil(items => HasEverything(items, pncIds), TimeSpan.FromMinutes(4)));
        await Fault(posts, 200, "kill -9 the prison adapter", async () => { await prison.Kill(); await prison.Start(); });
        await Fault(posts, 400, "kill -9 an orchestrator", async () => { await orchestrators[0].Kill(); await orchestrators[0].Start(); });
        await Fault(posts, 600, "restart RabbitMQ", () => TestServers.Restart("rabbitmq"));
        await Fault(posts, 800, "restart PostgreSQL", () => TestServers.Restart("postgres"));
        await posting;
        output.WriteLine($"All {2 * People} messages accepted; {posts.Retries} posts had to be repeated");
        await reading;

        var items = feed.Items;
        var repeatedDeliveries = items.Values.GroupBy(i => i.DeliveryId).Where(g => g.Count() > 1).ToList();
        Assert.True(repeatedDeliveries.Count == 0, $"{repeatedDeliveries.Count} deliveries are in the feed twice");
        foreach (var type in new[] { PpoSelected, ReceptionAlert })
        {
            var perPerson = items.Values.Where(i => i.MessageType == type).CountBy(i => i.PncId ?? "").ToDictionary();
            var wrong = pncIds.Where(p => perPerson.GetValueOrDefault(p) != 1).ToList();
            Assert.True(wrong.Count == 0, $"{wrong.Count} people do not have exactly one {type} on the prison feed, e.g. {wrong.FirstOrDefault()}");
        }
        await using var db = DatabaseSettings.OwnerContext(_settings);
        var cases = await db.Cases.Where(c => pncIds.Contains(c.PncId)).ToListAsync();
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

    static bool HasEverything(IReadOnlyDictionary<long, (Guid DeliveryId, string MessageType, string? PncId)> items, string[] pncIds)
    {
        var seen = items.Values.Select(i => (i.MessageType, i.PncId)).ToHashSet();
        return pncIds.All(p => seen.Contains((PpoSelected, p)) && seen.Contains((ReceptionAlert, p)));
    }

    async Task Fault(AgencySystemPosts posts, int afterAccepted, string what, Func<Task> fault)
    {
        await posts.WaitUntilAccepted(afterAccepted);
        var started = Stopwatch.StartNew();
        await fault();
        output.WriteLine($"{what} after {afterAccepted} accepted posts: back in {started.Elapsed.TotalSeconds:F1} s");
    }

    async Task<HostProcess> Start(string name, string project, BrokerSettings broker, string databaseRole)
    {
        var settings = DatabaseSettings.As(_settings, databaseRole);
        foreach (var (key, value) in broker.BusConfiguration().Concat(SeededAgreements.Settings)) settings[key] = value;
        var host = await HostProcess.Start(name, project, settings, _logs);
        lock (_hosts) _hosts.Add(host);
        return host;
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
    }
}
