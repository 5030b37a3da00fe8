using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Host;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Credentials;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Bench;

/// <summary>
/// (g) Every dashboard page with <see cref="BenchSettings.DashboardCases"/> cases in the store
/// (<see cref="DashboardSeed"/>): the all-in-one host over HTTP on a loopback port, one operator asking for each page
/// <see cref="Requests"/> times in turn after a warm-up, each answer read to its end. The target is 300 ms a page.
/// </summary>
public sealed partial class DashboardPagesBenchmark(BenchSettings settings)
{
    const int Requests = 25;
    const int Warmup = 5;

    /// <summary>The pages on <paramref name="store"/>, e.g. PostgreSQL as the database's owner or a SQLite file.</summary>
    public async Task<List<PageTimes>> Run(string store, IReadOnlyDictionary<string, string?> persistence)
    {
        var keys = Directory.CreateTempSubdirectory("agencyhub-bench-keys-").FullName;
        await using var app = AllInOneHost.Create([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(persistence)
            {
                ["Logging:LogLevel:Default"] = settings.HostLogLevel,
                ["Credentials:DevelopmentKeysPath"] = keys,
            });
        });
        await app.StartAsync();
        var seed = new DashboardSeed(settings.DashboardCases, DateTimeOffset.UtcNow);
        var seeding = Stopwatch.StartNew();
        await seed.Write(app.Services.GetRequiredService<IDbContextFactory<HubDbContext>>(), app.Services.GetRequiredService<AuditTrail>());
        Console.WriteLine($"    {store}: {seed.Cases} cases written in {seeding.Elapsed.TotalSeconds:F0} s");

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var http = await SignedIn(address, File.ReadAllText(Path.Combine(keys, DevelopmentKeys.StaffFile(StaffRole.Operator))).Trim());
        var someone = seed.People[seed.Cases / 2];
        var pages = new[]
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
            ("recent messages", "/messages"),
        };
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
        await app.StopAsync();
        Directory.Delete(keys, recursive: true);
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
