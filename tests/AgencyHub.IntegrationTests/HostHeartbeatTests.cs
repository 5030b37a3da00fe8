using AgencyHub.IntegrationTests.Support;
using AgencyHub.Messaging.Telemetry;
using AgencyHub.Messaging.Transport;
using AgencyHub.Sagas.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// On RabbitMQ and PostgreSQL each host, under its own broker user and database role, measures its queues' depths
/// with the broker and stores its heartbeat where the health board reads it.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class HostHeartbeatTests(HubOnRabbitMq hub)
{
    [Fact]
    public async Task The_orchestrator_measures_its_queues_on_the_broker_and_every_host_s_heartbeat_is_stored_under_its_own_role()
    {
        var services = hub.Orchestrator.Services;
        var depths = services.GetServices<IHeartbeatFigures>().OfType<BrokerQueueDepths>().Single();

        await depths.Refresh(CancellationToken.None);
        var gauges = services.GetRequiredService<MetricsReading>().Read().Gauges;
        var hosts = new List<string>();
        var deadline = DateTime.UtcNow + Timeouts.Message;
        while (hosts.Count < 9 && DateTime.UtcNow < deadline)
        {
            await using (var db = DatabaseSettings.OwnerContext(hub.Database))
                hosts = await db.HostHeartbeats.Select(h => h.Host).Distinct().ToListAsync();
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        Assert.True(gauges.TryGetValue($"agencyhub.queue.depth|{HubIntake.Queue}", out var intake) && intake >= 0,
            $"no depth of {HubIntake.Queue}: {string.Join(", ", gauges.Keys)}; queues {string.Join(", ", services.GetRequiredService<ReceiveQueues>().Names)}");
        Assert.Equal(["cjit adapter", "courts adapter", "cps adapter", "dashboard", "orchestrator", "police adapter", "prison adapter", "probation adapter", "yot adapter"],
            hosts.Order(StringComparer.Ordinal));
    }
}
