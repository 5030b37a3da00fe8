using System.Net.Http.Headers;
using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Dashboard.Host;
using AgencyHub.Messaging.Transport;
using AgencyHub.Orchestrator;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Persistence.Roles;
using Microsoft.EntityFrameworkCore;
using AgencyHub.Sagas;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>
/// The separately deployed hub, in process: the orchestrator, all seven adapter hosts and the dashboard's, each its own
/// web application on a test server with its own bus on the real RabbitMQ. Started once for every integration test
/// (see <see cref="HubCollection"/>), ready when every host answers <c>GET /health/ready</c> with 200.
/// </summary>
public sealed class HubOnRabbitMq : IAsyncLifetime
{
    readonly List<(string Name, WebApplication App, HttpClient Client)> _hosts = [];
    readonly Dictionary<Agency, (WebApplication App, HttpClient Client)> _adapters = [];

    /// <summary>The broker every host is connected to.</summary>
    public BrokerSettings Broker { get; private set; } = null!;

    /// <summary>The owner's settings of this fixture's fresh PostgreSQL database; each host connects with its own role.</summary>
    public IReadOnlyDictionary<string, string?> Database { get; private set; } = null!;

    /// <summary>The orchestrator (hub rules: PPO register, custody alerts, routing).</summary>
    public WebApplication Orchestrator { get; private set; } = null!;

    /// <summary>The operators' dashboard on its own host.</summary>
    public WebApplication Dashboard { get; private set; } = null!;

    /// <summary>What the orchestrator's receive endpoints have finished with.</summary>
    public ReceiveCounter OrchestratorReceives { get; } = new();

    /// <summary>Every host by name (the orchestrator and each agency's slug), with a client for it.</summary>
    public IEnumerable<(string Name, HttpClient Client)> Hosts => _hosts.Select(h => (h.Name, h.Client));

    /// <summary>A client for an agency's adapter host.</summary>
    public HttpClient Adapter(Agency agency) => _adapters[agency].Client;

    /// <summary>A client of the orchestrator, with an administrator's key for its admin API.</summary>
    public HttpClient Administrator => _hosts.Single(h => h.Name == "orchestrator").Client;

    /// <summary>An agency's adapter host.</summary>
    public WebApplication AdapterApp(Agency agency) => _adapters[agency].App;

    /// <summary>A new staff key of <paramref name="role"/>, made as the orchestrator's <c>keys</c> command makes one.</summary>
    public async Task<string> StaffKey(StaffRole role) =>
        (await Orchestrator.Services.GetRequiredService<ApiKeyStore>()
            .CreateStaff($"Integration test {role.Slug()}", role, DateTimeOffset.UtcNow.AddDays(1), "integration tests", CancellationToken.None)).Key;

    /// <summary>The id of the person the register holds under <paramref name="pncId"/>.</summary>
    public async Task<Guid> PersonWith(string pncId)
    {
        await using var db = await Orchestrator.Services.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContextAsync();
        return await db.People.Where(p => p.PncId == pncId).Select(p => p.PersonId).SingleAsync();
    }

    /// <summary>Waits until the ingress relay has published the accepted message and removed it from the database.</summary>
    public async Task WaitUntilRelayed(Guid messageId)
    {
        var deadline = DateTime.UtcNow + Timeouts.Message;
        while (true)
        {
            await using (var db = DatabaseSettings.OwnerContext(Database))
                if (!await db.AcceptedMessages.AnyAsync(m => m.MessageId == messageId)) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Accepted message {messageId} was not relayed within {Timeouts.Message}");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    public async Task InitializeAsync()
    {
        Broker = BrokerSettings.FromEnvironment();
        Database = await DatabaseSettings.NewDatabase();
        await DatabaseSettings.Migrate(Database);
        try
        {
            Orchestrator = OrchestratorHost.Create([], builder => Configure(builder, Broker.AsHub(), DatabaseRoles.Hub));
            Orchestrator.Services.GetRequiredService<IBus>().ConnectReceiveObserver(OrchestratorReceives);
            _hosts.Add(("orchestrator", Orchestrator, null!));
            foreach (var agency in AgencyNames.Partners)
            {
                var app = AdapterHost.Create(agency, [], builder => Configure(builder, Broker.AsAdapter(agency), DatabaseRoles.Of(agency)));
                _hosts.Add((agency.Slug(), app, null!));
            }
            Dashboard = DashboardHost.Create([], builder => Configure(builder, Broker.As(BrokerSettings.Users.Dashboard), DatabaseRoles.Dashboard));
            _hosts.Add(("dashboard", Dashboard, null!));

            await Task.WhenAll(_hosts.Select(h => h.App.StartAsync()));
            for (var i = 0; i < _hosts.Count; i++)
                _hosts[i] = _hosts[i] with { Client = await ClientFor(_hosts[i].Name, _hosts[i].App) };
            foreach (var (name, app, client) in _hosts)
                if (AgencyNames.TryParse(name, out var agency)) _adapters[agency] = (app, client);

            await Task.WhenAll(_hosts.Select(h => Readiness.WaitUntilReady(h.Client, $"The {h.Name} host on {Broker}", Timeouts.Startup)));
            await Task.WhenAll(_hosts.Select(h => Readiness.WaitUntilHealthy(h.App, $"The {h.Name} host on {Broker}", Timeouts.Startup)));
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A client for a host: an adapter's carries an API key of its own agency's, the orchestrator's an administrator's
    /// (made with the orchestrator's own database role); the dashboard's none (staff sign in there, and its role may
    /// not make keys).
    /// </summary>
    static async Task<HttpClient> ClientFor(string name, WebApplication app)
    {
        var client = app.GetTestClient();
        if (name == "dashboard") return client;
        var store = app.Services.GetRequiredService<ApiKeyStore>();
        var expires = DateTimeOffset.UtcNow.AddDays(1);
        var key = AgencyNames.TryParse(name, out _)
            ? await store.Create(name, $"{name} test system", expires, "integration tests", CancellationToken.None)
            : await store.CreateStaff("Integration test administrator", StaffRole.Administrator, expires, "integration tests", CancellationToken.None);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        return client;
    }

    void Configure(WebApplicationBuilder builder, BrokerSettings broker, string databaseRole)
    {
        builder.WebHost.UseTestServer();
        var settings = broker.BusConfiguration();
        settings["Logging:LogLevel:Default"] = "Warning";
        // Every poll of /health/ready before the bus is up would log an error; a host that never gets ready fails
        // the fixture with its last answer, and MassTransit logs why it could not connect.
        settings["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "None";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddInMemoryCollection(DatabaseSettings.As(Database, databaseRole));
        builder.Configuration.AddInMemoryCollection(SeededAgreements.Settings);
    }

    public async Task DisposeAsync()
    {
        foreach (var (_, app, client) in Enumerable.Reverse(_hosts))
        {
            client?.Dispose();
            using var timeout = new CancellationTokenSource(Timeouts.Shutdown);
            try
            {
                await app.StopAsync(timeout.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException)
            {
                // Not started, or did not stop in time: dispose anyway.
            }
            await app.DisposeAsync();
        }
        _hosts.Clear();
        _adapters.Clear();
    }
}
