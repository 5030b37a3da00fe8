using System.Diagnostics;
using System.Net.Http.Headers;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Persistence.Database;
using AgencyHub.Persistence.Roles;
using AgencyHub.Orchestrator;
using AgencyHub.Sagas;
using AgencyHub.Sagas.Intake;
using AgencyHub.Sagas.Selection.Matrix;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace AgencyHub.Bench;

/// <summary>
/// Runs the hub's hosts (orchestrator, adapters) in process on the bench's RabbitMQ and PostgreSQL database, each as its
/// own broker user and database role, and clears the hub's queues around a scenario. <paramref name="database"/> is the
/// owner's connection string, with which <see cref="Migrate"/> applies the schema first. <paramref name="defaults"/> is configuration of the scenario's own,
/// which <see cref="BenchSettings.HostSettings"/> from the command line overrides.
/// </summary>
public sealed class HubHosts(Broker broker, string database, BenchSettings settings, IReadOnlyDictionary<string, string?>? defaults = null)
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The hub's queues; none is consumed when no hub runs, so leftovers are purged before and after.</summary>
    static IEnumerable<string> Queues =>
    [
        HubIntake.Queue, SelectionMatrixRegistration.Queue, SchedulerQueue.Name,
        .. AgencyNames.Partners.Select(DeliveryQueues.Name),
    ];

    /// <summary>Applies the schema as the database's owner, as <c>migrate</c> does before the hosts start with their own roles.</summary>
    public async Task Migrate()
    {
        await using var owner = OrchestratorHost.Create([], builder => Configure(builder, broker.AsHub(), database));
        await owner.Services.GetRequiredService<SchemaMigration>().Apply(CancellationToken.None);
    }

    /// <summary>Pass to the orchestrator's <c>Create</c>: see <see cref="Configure"/>.</summary>
    public void ConfigureOrchestrator(WebApplicationBuilder builder) =>
        Configure(builder, broker.AsHub(), BenchDatabase.ConnectionAs(database, DatabaseRoles.Hub));

    /// <summary>Pass to <paramref name="agency"/>'s adapter's <c>Create</c>: see <see cref="Configure"/>.</summary>
    public Action<WebApplicationBuilder> ConfigureAdapter(Agency agency) => builder =>
        Configure(builder, broker.AsAdapter(agency), BenchDatabase.ConnectionAs(database, DatabaseRoles.Of(agency)));

    /// <summary>Pass to the dashboard host's <c>Create</c>: see <see cref="Configure"/>.</summary>
    public void ConfigureDashboard(WebApplicationBuilder builder) =>
        Configure(builder, broker.As(new BrokerUsers().Dashboard), BenchDatabase.ConnectionAs(database, DatabaseRoles.Dashboard));

    /// <summary>
    /// RabbitMQ as the host's own user, PostgreSQL as <paramref name="connectionString"/> says (the schema is
    /// <see cref="Migrate"/>'s), a free port and the bench's log level and settings.
    /// </summary>
    void Configure(WebApplicationBuilder builder, Broker broker, string connectionString)
    {
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq:Host"] = broker.Host,
            ["Bus:RabbitMq:Port"] = broker.Port.ToString(),
            ["Bus:RabbitMq:VirtualHost"] = broker.VirtualHost,
            ["Bus:RabbitMq:Username"] = broker.Username,
            ["Bus:RabbitMq:Password"] = broker.Password,
            ["Logging:LogLevel:Default"] = settings.HostLogLevel,
            ["Persistence:Provider"] = "Postgres",
            ["Persistence:ConnectionString"] = connectionString,
            ["Persistence:MigrateOnStart"] = "false",
            // "Not ready" while the bus connects is expected: Start polls readiness until it is.
            ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "Critical",
            // The bench measures capacity, not the per-client limit; authentication still runs on every request.
            ["Credentials:RateLimit:PermitsPerSecond"] = "1000000",
            ["Credentials:RateLimit:Burst"] = "1000000",
            // The orchestrator puts the seed agreements in force, as the all-in-one host does; adapters ignore it.
            ["Sharing:SeedAgreements"] = "true",
        });
        builder.Configuration.AddInMemoryCollection(defaults ?? new Dictionary<string, string?>());
        builder.Configuration.AddInMemoryCollection(settings.HostSettings);
    }

    /// <summary>Starts <paramref name="app"/> and waits until it is ready and its bus is connected (an adapter is ready without it).</summary>
    public static async Task<WebApplication> Start(WebApplication app)
    {
        await app.StartAsync();
        var ready = $"{BaseUrl(app)}/health/ready";
        await Until(() => IsReady(ready), TimeSpan.FromSeconds(60), $"{ready} to answer 200");
        var checks = app.Services.GetRequiredService<HealthCheckService>();
        await Until(async () => (await checks.CheckHealthAsync()).Status == HealthStatus.Healthy, TimeSpan.FromSeconds(60),
            $"{BaseUrl(app)}'s bus to connect");
        return app;
    }

    /// <summary>An agency system's client of <paramref name="adapter"/>, with an API key of its own.</summary>
    public static async Task<HttpClient> AgencySystem(WebApplication adapter, Agency agency)
    {
        var key = await adapter.Services.GetRequiredService<ApiKeyStore>()
            .Create(agency.Slug(), $"bench {agency.Slug()} system", DateTimeOffset.UtcNow.AddDays(1), "bench", CancellationToken.None);
        return new HttpClient
        {
            BaseAddress = new Uri($"{BaseUrl(adapter)}/"),
            Timeout = TimeSpan.FromSeconds(30),
            DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", key.Key) },
        };
    }

    /// <summary>Stops and disposes <paramref name="apps"/>, in order.</summary>
    public static async Task Stop(params WebApplication[] apps)
    {
        foreach (var app in apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public static string BaseUrl(WebApplication app) => app.Urls.First();

    public static Task Until(Func<bool> condition, TimeSpan timeout, string what) => Until(() => Task.FromResult(condition()), timeout, what);

    public static async Task Until(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (!await condition())
        {
            if (Stopwatch.GetTimestamp() > deadline) throw new TimeoutException($"Gave up waiting {timeout.TotalSeconds:F0} s for {what}");
            await Task.Delay(20);
        }
    }

    public async Task PurgeQueues()
    {
        var factory = new ConnectionFactory { Uri = broker.Uri, ClientProvidedName = "agencyhub-bench-purge" };
        await using var connection = await factory.CreateConnectionAsync();
        foreach (var queue in Queues)
        {
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                await channel.QueuePurgeAsync(queue);
            }
            catch (OperationInterruptedException)
            {
                // No such queue yet.
            }
        }
    }

    static async Task<bool> IsReady(string url)
    {
        try
        {
            using var response = await Http.GetAsync(url);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
