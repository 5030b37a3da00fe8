using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Dashboard.Host;
using AgencyHub.Host;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Persistence.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Bench;

/// <summary>
/// (g) Every dashboard page with <see cref="BenchSettings.DashboardCases"/> cases in the store
/// (<see cref="DashboardSeed"/>), over HTTP on a loopback port: on PostgreSQL the dashboard's own host as its own
/// database role and broker user, as deployed; on SQLite the all-in-one host, as a newcomer runs it. One operator asks
/// for each page <see cref="Requests"/> times in turn after a warm-up, each answer read to its end. The target is
/// 300 ms a page.
/// </summary>
public sealed partial class DashboardPagesBenchmark(Broker broker, BenchSettings settings)
{
    const int Requests = 25;
    const int Warmup = 5;

    /// <summary>The dashboard's own host on a new PostgreSQL database, seeded as its owner.</summary>
    public async Task<List<PageTimes>> OnPostgres()
    {
        await using var database = await BenchDatabase.Create();
        var hosts = new HubHosts(broker, database.ConnectionString, settings);
        await hosts.Migrate();
        await using var owner = new ServiceCollection().AddLogging()
            .AddHubPersistence(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Persistence:Provider"] = "Postgres", ["Persistence:ConnectionString"] = database.ConnectionString,
            }).Build())
            .BuildServiceProvider();
        var seed = await Seed("PostgreSQL", owner);
        var staff = new ApiKeyStore(owner.GetRequiredService<IDbContextFactory<HubDbContext>>(), owner.GetRequiredService<AuditTrail>(), TimeProvider.System);
        var key = await staff.CreateStaff("bench operator", StaffRole.Operator, DateTimeOffset.UtcNow.AddDays(1), "bench", CancellationToken.None);
        var app = await HubHosts.Start(DashboardHost.Create([], hosts.ConfigureDashboard));
        try
        {
            return await Measure("PostgreSQL", app, seed, key.Key, recentMessages: false);
        }
        finally
        {
            await HubHosts.Stop(app);
        }
    }

    /// <summary>The all-in-one host on a new SQLite file, seeded through its own services.</summary>
    public async Task<List<PageTimes>> OnSqlite()
    {
        var keys = Directory.CreateTempSubdirectory("agencyhub-bench-keys-").FullName;
        var file = Path.Combine(Path.GetTempPath(), $"agencyhub-bench-{Guid.NewGuid():N}.db");
        var app = AllInOneHost.Create([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = settings.HostLogLevel,
                ["Persistence:Provider"] = "Sqlite",
                ["Persistence:ConnectionString"] = $"Data Source={file}",
                ["Credentials:DevelopmentKeysPath"] = keys,
            });
        });
        await app.StartAsync();
        try
        {
            var seed = await Seed("SQLite", app.Services);
            var key = File.ReadAllText(Path.Combine(keys, DevelopmentKeys.StaffFile(StaffRole.Operator))).Trim();
            return await Measure("SQLite", app, seed, key, recentMessages: true);
        }
        finally
        {
            await HubHosts.Stop(app);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
            Directory.Delete(keys, recursive: true);
        }
    }

    async Task<DashboardSeed> Seed(string store, IServiceProvider services)
    {
        var seed = new DashboardSeed(settings.DashboardCases, DateTimeOffset.UtcNow);
        var seeding = Stopwatch.StartNew();
        await seed.Write(services.GetRequiredService<IDbContextFactory<HubDbContext>>(), services.GetRequiredService<AuditTrail>());
        Console.WriteLine($"    {store}: {seed.Cases} cases written in {seeding.Elapsed.TotalSeconds:F0} s");
        return seed;
    }

    async Task<List<PageTimes>> Measure(string store, WebApplication app, DashboardSeed seed, string key, bool recentMessages)
    {
        using var http = await SignedIn(new Uri(HubHosts.BaseUrl(app)), key);
        var someone = seed.People[seed.Cases / 2];
        var pages = new List<(string Name, string Path)>
        {
            ("case search", $"/cases?q={someone.PrisonNumber}"),
            ("journey", $"/people/{someone.PersonId}"),
            ("saga board", "/sagas"),
            ("saga board, one state", "/sagas?saga=PPO%20case&state=InCustody"),
            ("deadline board", "/deadlines"),
            ("deadline board, one scheme", "/deadlines?scheme=S07"),
            ("held deliveries", "/held"),
            ("failed messages", "/failed"),
            ("scheme figures", "/figures"),
            ("scheme figures CSV", "/figures?format=csv"),
            ("adapter health", "/adapters"),
        };
        if (recentMessages) pages.Add(("recent messages", "/messages"));
        var times = new List<PageTimes>();
        foreach (var (name, path) in pages)
        {
            var bytes = 0L;
            for (var i = 0; i < Warmup; i++) bytes = await Get(http, path);
            var elapsed = new double[Requests];
            for (var i = 0; i < Requests; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await Get(http, path);
                elapsed[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
            Array.Sort(elapsed);
            times.Add(new PageTimes(store, name, bytes, elapsed[Requests / 2], elapsed[(int)Math.Ceiling(Requests * 0.95) - 1], elapsed[^1]));
        }
        return times;
    }

    static async Task<long> Get(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
        return body.Length;
    }

    /// <summary>A client signed in at the dashboard's form with <paramref name="key"/>, keeping the cookies it is given.</summary>
    static async Task<HttpClient> SignedIn(Uri address, string key)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
        var form = await http.GetStringAsync("/sign-in");
        var token = WebUtility.HtmlDecode(TokenField().Match(form).Groups[1].Value);
        using var signIn = await http.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["key"] = key, ["returnUrl"] = "", ["__RequestVerificationToken"] = token,
        }));
        if (signIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in answered {(int)signIn.StatusCode}");
        return http;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

/// <summary>How long one page took to answer on one store: median, 95th percentile and slowest of its requests.</summary>
public sealed record PageTimes(string Store, string Page, long Bytes, double P50, double P95, double Max);
