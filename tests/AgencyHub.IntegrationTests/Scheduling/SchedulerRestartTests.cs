using AgencyHub.IntegrationTests.Support;
using AgencyHub.Messaging.Transport;
using AgencyHub.Orchestrator;
using AgencyHub.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace AgencyHub.IntegrationTests.Scheduling;

/// <summary>
/// The scheduler's deadlines live in its PostgreSQL store, not in a host: scheduled on one orchestrator, they are sent by
/// the next one started after it stopped, once each, the one that fell due while no orchestrator ran at once on start.
/// </summary>
[Collection(SchedulerCollection.Name)]
public sealed class SchedulerRestartTests : IAsyncLifetime
{
    // A deadline later than this is a misfire, which the next start fires at once.
    static readonly TimeSpan MisfireThreshold = TimeSpan.FromSeconds(1);

    BrokerSettings _broker = null!;
    Dictionary<string, string?> _database = null!;
    ProbeReceiver _probes = null!;

    public async Task InitializeAsync()
    {
        _broker = BrokerSettings.FromEnvironment();
        _database = await DatabaseSettings.NewDatabase();
        await PurgeSchedulerQueue();
        _probes = await ProbeReceiver.Start(_broker);
    }

    public async Task DisposeAsync() => await _probes.DisposeAsync();

    [Fact]
    public async Task Deadlines_scheduled_before_a_restart_are_sent_once_by_the_next_host_and_a_missed_one_at_once_on_start()
    {
        var first = await StartOrchestrator();
        var missedDue = DateTimeOffset.UtcNow.AddSeconds(3);
        var laterDue = DateTimeOffset.UtcNow.AddSeconds(15);
        var missed = await _probes.Schedule("missed while down", missedDue);
        var later = await _probes.Schedule("due after the restart", laterDue);
        await StoredThenStandBy(first, missed, later);
        await Stop(first);
        await WaitUntilPast(missedDue + MisfireThreshold);
        Assert.Empty(_probes.Arrivals);

        // Taken before the start: the missed deadline may fire while the host is still starting.
        var started = DateTimeOffset.UtcNow;
        var second = await StartOrchestrator();
        var missedArrival = await _probes.WaitFor("missed while down");
        var laterArrival = await _probes.WaitFor("due after the restart");
        await Stop(second);

        Assert.InRange(missedArrival.At, started, laterDue);
        Assert.True(laterArrival.At >= laterDue, $"sent at {laterArrival.At:O}, before its due time {laterDue:O}");
        Assert.Equal(missed, missedArrival.TokenId);
        Assert.Equal(later, laterArrival.TokenId);
        Assert.Equal(2, _probes.Arrivals.Count);
        Assert.Equal(0, await PendingTriggers(missed, later));
    }

    async Task<WebApplication> StartOrchestrator()
    {
        var app = OrchestratorHost.Create([], builder =>
        {
            builder.WebHost.UseTestServer();
            var settings = _broker.AsHub().BusConfiguration();
            settings["Logging:LogLevel:Default"] = "Warning";
            settings["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "None";
            settings["Scheduler:MisfireThreshold"] = MisfireThreshold.ToString();
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Configuration.AddInMemoryCollection(_database);
        });
        await app.StartAsync();
        await Readiness.WaitUntilReady(app.GetTestClient(), $"The orchestrator on {_broker}", Timeouts.Startup);
        return app;
    }

    static async Task Stop(WebApplication app)
    {
        using var timeout = new CancellationTokenSource(Timeouts.Shutdown);
        await app.StopAsync(timeout.Token);
        await app.DisposeAsync();
    }

    /// <summary>
    /// Waits until the tokens' jobs are stored, then stops the host's scheduler from firing at once: the host going down
    /// takes a moment, and a deadline falling due in it must still be missed.
    /// </summary>
    static async Task StoredThenStandBy(WebApplication app, params Guid[] tokens)
    {
        var shards = app.Services.GetRequiredService<SchedulerShards>();
        var deadline = DateTime.UtcNow + Timeouts.Message;
        foreach (var token in tokens)
        {
            var scheduler = shards.For(token);
            while (!await scheduler.Exists(ScheduledJobKeys.Trigger(token)))
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"The trigger of {token} was not stored within {Timeouts.Message}");
                await Task.Delay(TimeSpan.FromMilliseconds(20));
            }
        }
        foreach (var name in shards.All) await shards.Scheduler(name).Standby();
    }

    /// <summary>Waits for the clock itself: the deadline has to pass while no scheduler runs.</summary>
    static async Task WaitUntilPast(DateTimeOffset moment)
    {
        while (DateTimeOffset.UtcNow <= moment) await Task.Delay(TimeSpan.FromMilliseconds(20));
    }

    /// <summary>
    /// Schedule requests left on the shared broker's durable queue by earlier tests' hosts would otherwise be taken by this
    /// test's orchestrators, stored in its database and sent during it.
    /// </summary>
    async Task PurgeSchedulerQueue()
    {
        await using var connection = await _broker.ClientFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueuePurgeAsync(SchedulerQueue.Name);
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 404)
        {
            // No host has declared the queue yet on this broker.
        }
    }

    /// <summary>How many of the tokens' triggers are still in the store: a sent message's trigger is removed.</summary>
    async Task<long> PendingTriggers(params Guid[] tokens)
    {
        await using var connection = new NpgsqlConnection(_database["Persistence:ConnectionString"]);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            $"SELECT count(*) FROM {SchedulerStore.TablePrefix}triggers WHERE trigger_name = ANY(@names)", connection);
        count.Parameters.AddWithValue("names", tokens.Select(token => ScheduledJobKeys.Trigger(token).Name).ToArray());
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
