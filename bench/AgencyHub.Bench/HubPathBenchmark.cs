using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Orchestrator;
using AgencyHub.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Bench;

/// <summary>
/// (c) The hub's own path, in process on RabbitMQ: the orchestrator's rules and the police and prison adapter hosts.
/// People are first selected as PPOs through the police ingress; then their receptions into custody are posted to
/// the prison ingress, and each is timed from the start of the POST until the PPO alert for that person is readable
/// on the prison feed (long-polled and acknowledged as it is read). Once at each of two steady rates, once as fast as
/// <see cref="BenchSettings.HubConcurrency"/> posts in flight allow.
/// </summary>
public sealed class HubPathBenchmark(Broker broker, string database, BenchSettings settings)
{
    readonly HubHosts _hosts = new(broker, database, settings);
    readonly Dictionary<string, (Timings Timings, int Index)> _alertFor = [];
    int _selectionsOnPrisonFeed;

    public async Task<(LatencyStats AtRate, LatencyStats AtHighRate, LatencyStats Max)> Run()
    {
        await _hosts.PurgeQueues();
        await _hosts.Migrate();
        var warmup = new Timings(settings.Warmup);
        var steady = new Timings(settings.Messages);
        var high = new Timings(settings.Messages);
        var max = new Timings(settings.Messages);
        string[][] phases = [Enroll(warmup), Enroll(steady), Enroll(high), Enroll(max)];
        var people = phases.SelectMany(p => p).ToList();

        var orchestrator = await HubHosts.Start(OrchestratorHost.Create([], _hosts.ConfigureOrchestrator));
        var police = await HubHosts.Start(AdapterHost.Create(Agency.Police, [], _hosts.ConfigureAdapter(Agency.Police)));
        var prison = await HubHosts.Start(AdapterHost.Create(Agency.Prison, [], _hosts.ConfigureAdapter(Agency.Prison)));
        using var policeSystem = await HubHosts.AgencySystem(police, Agency.Police);
        using var prisonSystem = await HubHosts.AgencySystem(prison, Agency.Prison);
        using var stopReading = new CancellationTokenSource();
        var reader = Task.Run(() => ReadPrisonFeed(prisonSystem, stopReading.Token));
        try
        {
            // Register every person as a PPO, and drain the routed ppo-selected copies from the prison feed.
            var registering = Stopwatch.StartNew();
            var database = orchestrator.Services.GetRequiredService<IDbContextFactory<HubDbContext>>();
            int CaseCount()
            {
                using var db = database.CreateDbContext();
                return db.Cases.Count();
            }
            await Load.Bounded(people.Count, settings.HubConcurrency,
                i => Post(policeSystem, "ppo-selected", SelectionOf(people[i])));
            await HubHosts.Until(() => CaseCount() >= people.Count && Volatile.Read(ref _selectionsOnPrisonFeed) >= people.Count,
                TimeSpan.FromMinutes(5), "the selections to be registered and read from the prison feed");
            Console.WriteLine($"    registered {people.Count} PPO cases in {registering.Elapsed.TotalSeconds:F1} s " +
                $"({people.Count / registering.Elapsed.TotalSeconds:F0}/s, police ingress to PPO cases and prison feed)");

            await Receptions(prisonSystem, phases[0], warmup, settings.Rate);
            foreach (var (timings, i, rate) in new[] { (steady, 1, settings.Rate), (high, 2, settings.HighRate) })
            {
                var lag = await Receptions(prisonSystem, phases[i], timings, rate);
                Console.WriteLine($"    {rate:F0} receptions/s: latest post started {lag.TotalMilliseconds:F1} ms behind schedule");
            }
            await Receptions(prisonSystem, phases[3], max, rate: null);
            return (LatencyStats.From($"c  hub path, {settings.Rate:F0} receptions/s", steady),
                LatencyStats.From($"c  hub path, {settings.HighRate:F0} receptions/s", high),
                LatencyStats.From($"c  hub path, max ({settings.HubConcurrency} in flight)", max));
        }
        finally
        {
            await stopReading.CancelAsync();
            try
            {
                await reader;
            }
            catch (Exception exception)
            {
                Console.Error.WriteLine($"(c) reading the prison feed failed: {exception.Message}");
            }
            await HubHosts.Stop(prison, police, orchestrator);
            await _hosts.PurgeQueues();
        }
    }

    /// <summary>
    /// Posts the receptions of <paramref name="pncIds"/>, at <paramref name="rate"/> a second or, without one, as fast as
    /// the bounded concurrency allows, and waits for their alerts. Returns how far the steady schedule fell behind.
    /// </summary>
    async Task<TimeSpan> Receptions(HttpClient prison, string[] pncIds, Timings timings, double? rate)
    {
        var bodies = pncIds.Select(ReceptionOf).ToArray();
        async Task Send(int i)
        {
            timings.Start(i);
            await Post(prison, "reception-into-custody", bodies[i]);
        }
        var lag = TimeSpan.Zero;
        if (rate is { } perSecond) lag = await Load.AtRate(bodies.Length, perSecond, Send);
        else await Load.Bounded(bodies.Length, settings.HubConcurrency, Send);
        if (!await timings.WaitForAll(settings.DrainTimeout))
            Console.Error.WriteLine($"(c) {timings.Count - timings.ReceivedCount} of {timings.Count} alerts did not reach the prison feed");
        return lag;
    }

    /// <summary>Gives each message of <paramref name="timings"/> a distinct person.</summary>
    string[] Enroll(Timings timings)
    {
        var pncIds = PpoMessages.NewPncIds(timings.Count);
        for (var i = 0; i < pncIds.Length; i++)
            _alertFor[pncIds[i]] = (timings, i);
        return pncIds;
    }

    static byte[] SelectionOf(string pncId) => JsonSerializer.SerializeToUtf8Bytes(PpoMessages.Selection(pncId), ContractJson.Options);

    static byte[] ReceptionOf(string pncId) => JsonSerializer.SerializeToUtf8Bytes(PpoMessages.Reception(pncId), ContractJson.Options);

    static async Task Post(HttpClient adapter, string type, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await adapter.PostAsync($"messages/{type}", content);
        if (response.StatusCode != HttpStatusCode.Accepted)
            throw new InvalidOperationException($"POST {type} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Long-polls the prison feed, timing each PPO alert as it becomes readable, and acknowledges every page.</summary>
    async Task ReadPrisonFeed(HttpClient prison, CancellationToken stop)
    {
        string? after = null;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await prison.GetAsync($"feed?wait=5&limit=500{(after is null ? "" : $"&after={after}")}", stop);
                response.EnsureSuccessStatusCode();
                var readAt = Stopwatch.GetTimestamp();
                using var page = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(stop));
                var items = page.RootElement.GetProperty("items");
                if (items.GetArrayLength() == 0) continue;
                foreach (var item in items.EnumerateArray())
                {
                    switch (item.GetProperty("messageType").GetString())
                    {
                        case "ppo-selected":
                            Interlocked.Increment(ref _selectionsOnPrisonFeed);
                            break;
                        case "ppo-reception-alert":
                            var pncId = item.GetProperty("payload").GetProperty("offender").GetProperty("pncId").GetString();
                            if (pncId is not null && _alertFor.TryGetValue(pncId, out var person))
                                person.Timings.Receive(person.Index, at: readAt);
                            break;
                    }
                }
                after = page.RootElement.GetProperty("nextCursor").GetString();
                using var ack = await prison.PostAsJsonAsync("feed/ack", new { cursor = after }, stop);
                ack.EnsureSuccessStatusCode();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
