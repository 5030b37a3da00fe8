using System.Net;
using AgencyHub.IntegrationTests.Support;

namespace AgencyHub.IntegrationTests;

/// <summary>Each separately deployed host says when it is ready to take traffic.</summary>
[Collection(HubCollection.Name)]
public sealed class HostReadinessTests(HubOnRabbitMq hub)
{
    [Fact]
    public async Task The_orchestrator_every_adapter_host_and_the_dashboard_s_report_ready_once_started_on_rabbitmq()
    {
        var hosts = hub.Hosts.ToList();
        Assert.Equal(9, hosts.Count);
        foreach (var (name, client) in hosts)
        {
            using var response = await client.GetAsync("/health/ready");
            Assert.True(response.StatusCode == HttpStatusCode.OK,
                $"{name}: GET /health/ready answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
    }
}
