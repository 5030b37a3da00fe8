using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Telemetry;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Persistence.Health;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Dashboard;

/// <summary>
/// The health board shows each host's heartbeat and, per endpoint, what its instruments measured between two beats on
/// the hub's clock (injected here); a host whose beats stopped is marked silent.
/// </summary>
public sealed class AdapterHealthTests : IAsyncLifetime
{
    readonly FakeTimeProvider _clock = new(Now);
    AllInOneClient _hub = null!;

    public async Task InitializeAsync() => _hub = await AllInOneClient.Start(clock: _clock);

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_beat_reports_each_endpoint_s_rate_and_time_and_the_hub_s_backlog_and_a_stopped_host_shows_silent()
    {
        // The first beat, at start, closes before the selections: the next one's window holds them all.
        await Poll.Until(async () => await _hub.Query(db => db.HostHeartbeats.AnyAsync()), () => "the first beat");
        foreach (var serial in new[] { 701, 702, 703 }) await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(serial)));
        // Each selection's copy for the YOT is held (no date of birth), and opens two reviews.
        await Poll.Until(async () => await _hub.Query(db => db.HeldDeliveries.CountAsync()) == 3, () => "three held deliveries");
        // The instruments count a message once its consumer has finished, just after its commit.
        var instruments = _hub.Services.GetRequiredService<MetricsReading>();
        await Poll.Until(() => instruments.Read().Endpoints.GetValueOrDefault("hub-intake")?.Consumed >= 3, () => "three intakes measured");
        await _hub.Query(db =>
        {
            db.HostHeartbeats.Add(new HostHeartbeat { Instance = "gone/1/abc", Host = "police adapter", StartedAt = Now.AddHours(-2), BeatAt = Now.AddHours(-1) });
            return db.SaveChangesAsync();
        });

        _clock.Advance(TimeSpan.FromSeconds(15));
        var vitals = await Poll.Until(async () => await _hub.Query(db => db.HostHeartbeats.Where(h => h.Host == "all-in-one").ToListAsync()) is [{ } beat]
            && JsonSerializer.Deserialize<HostVitals>(beat.Vitals, HeartbeatWriter.Json) is { Gauges.Count: > 0 } read
            && read.Endpoints.Any(e => e.Queue == "hub-intake" && e.Consumed > 0) ? read : null, () => "a beat after the selections");
        var page = await (await _hub.Staff(StaffRole.ReadOnly)).Http.GetStringAsync("/adapters");

        var intake = vitals.Endpoints.Single(e => e.Queue == "hub-intake");
        // Every intake since the first beat, at start, within these 15 seconds: four times as many a minute.
        Assert.True(intake.Consumed >= 3, $"{intake.Consumed} consumed at the hub's intake");
        Assert.Equal(intake.Consumed * 4, intake.PerMinute);
        Assert.NotNull(intake.MeanMilliseconds);
        Assert.Null(intake.Depth);
        Assert.Contains($"<tr><th scope=\"row\">hub-intake</th><td>{intake.PerMinute:0.#}</td><td>0</td><td>{intake.MeanMilliseconds:0.#} ms</td><td>–</td><td>{intake.Consumed}</td></tr>", page);
        Assert.Contains("6 deadlines pending, 0 deadlines breached, 3 deliveries held, 0 failed messages waiting.", page);
        Assert.Matches("<tr><th scope=\"row\">all-in-one</th><td>[^<]+</td><td><time[^>]*>[^<]+</time></td><td><time[^>]*>[^<]+</time></td><td>alive</td></tr>", page);
        Assert.Contains("<tr class=\"breached\"><th scope=\"row\">police adapter</th><td>gone/1/abc</td>", page);
        Assert.Contains("<td>silent, last seen 1 h 0 min ago</td>", page);
    }
}
