using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Roles;
using Xunit.Abstractions;

namespace AgencyHub.IntegrationTests.Faults;

/// <summary>
/// The hub as it is deployed, for the fault tests: each host a process of its own with its own broker user and
/// database role, on a new database that the owner has migrated, logging to files the test names.
/// </summary>
public sealed class HubProcesses(ITestOutputHelper output) : IAsyncDisposable
{
    readonly string _logs = Directory.CreateTempSubdirectory("agencyhub-faults-").FullName;
    readonly List<HostProcess> _hosts = [];
    BrokerSettings _broker = null!;
    Dictionary<string, string?> _settings = null!;

    /// <summary>The broker the hosts use.</summary>
    public BrokerSettings Broker => _broker;

    /// <summary>Makes and migrates the database.</summary>
    public async Task Create()
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

    /// <summary>Starts an orchestrator named <paramref name="name"/>.</summary>
    public Task<HostProcess> Orchestrator(string name) => Start(name, "AgencyHub.Orchestrator", _broker.AsHub(), DatabaseRoles.Hub);

    /// <summary>Starts a replica of <paramref name="agency"/>'s adapter, named by its slug (and <paramref name="replica"/> after the first).</summary>
    public Task<HostProcess> Adapter(Agency agency, int replica = 1) =>
        Start(replica == 1 ? agency.Slug() : $"{agency.Slug()}-{replica}", $"AgencyHub.Adapters.{agency}", _broker.AsAdapter(agency), DatabaseRoles.Of(agency));

    /// <summary>
    /// Starts the police adapter and <paramref name="prisonReplicas"/> replicas of the prison adapter and, for each of
    /// <paramref name="people"/> new people, posts a selection and a reception (to each prison replica in turn) at the
    /// same moment, while the prison's feed is read from the first replica until it holds them all (or
    /// <paramref name="readFor"/> passes).
    /// </summary>
    public async Task<PostedStream> PostSelectionsAndReceptions(int people, TimeSpan readFor, int prisonReplicas = 1)
    {
        var police = await Adapter(Agency.Police);
        var prisons = await Task.WhenAll(Enumerable.Range(1, prisonReplicas).Select(replica => Adapter(Agency.Prison, replica)));
        var pncIds = Enumerable.Range(0, people).Select(_ => Support.People.NewPncId()).ToArray();
        // The replicas share the database, so a key made on one opens the others.
        var (policeKey, prisonKey) = (await police.CreateKey("police"), await prisons[0].CreateKey("prison"));
        var posts = new AgencySystemPosts();
        var feed = new FeedRecorder(prisons[0].BaseAddress, prisonKey);
        var posting = Task.Run(() => posts.PostAll(pncIds, (police.BaseAddress, policeKey), [.. prisons.Select(p => (p.BaseAddress, prisonKey))]));
        var reading = Task.Run(() => feed.ReadUntil(items => PrisonFeedChecks.HasEverything(items, pncIds), readFor));
        return new PostedStream(prisons, pncIds, posts, feed, posting, reading);
    }

    /// <summary>The database as its owner sees it.</summary>
    public HubDbContext OwnerContext() => DatabaseSettings.OwnerContext(_settings);

    async Task<HostProcess> Start(string name, string project, BrokerSettings broker, string databaseRole)
    {
        var settings = DatabaseSettings.As(_settings, databaseRole);
        foreach (var (key, value) in broker.BusConfiguration().Concat(SeededAgreements.Settings)) settings[key] = value;
        var host = await HostProcess.Start(name, project, settings, _logs);
        lock (_hosts) _hosts.Add(host);
        return host;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
    }
}

/// <summary>A stream of selections and receptions under way (<see cref="HubProcesses.PostSelectionsAndReceptions"/>).</summary>
public sealed record PostedStream(HostProcess[] Prisons, string[] PncIds, AgencySystemPosts Posts, FeedRecorder Feed,
    Task Posting, Task Reading);
