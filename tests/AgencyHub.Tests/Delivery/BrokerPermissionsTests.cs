using System.Text.RegularExpressions;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Selection;
using AgencyHub.Messaging.Transport;
using AgencyHub.Tests.Support;

namespace AgencyHub.Tests.Delivery;

/// <summary>The broker permissions each host's user gets, as RabbitMQ will read the patterns.</summary>
public sealed class BrokerPermissionsTests
{
    static readonly BrokerPermissions.Grant Police = BrokerPermissions.For(new BrokerUsers()).Single(g => g.User == "agencyhub-police");

    [Fact]
    public void The_published_permissions_file_matches_the_code() =>
        RepositoryFiles.AssertGenerated("deploy/rabbitmq/permissions.tsv", BrokerPermissions.Document(new BrokerUsers()),
            nameof(The_published_permissions_file_matches_the_code));

    [Theory]
    [InlineData("police-deliveries")]
    [InlineData("police-deliveries_error")]
    [InlineData("agencyhub-police.bus.0f6a1c2e9b7d4e3f8a2b1c0d9e8f7a6b")]
    public void An_adapter_reads_its_own_queues(string queue) => Assert.Matches(Police.Read, queue);

    [Theory]
    [InlineData("prison-deliveries")]
    [InlineData("hub-scheduler")]
    [InlineData("hub-intake")]
    [InlineData("agencyhub-prison.bus.0f6a1c2e9b7d4e3f8a2b1c0d9e8f7a6b")]
    [InlineData("AgencyHub.Contracts.Selection:PpoSelected")]
    public void An_adapter_reads_nothing_else(string name) => Assert.DoesNotMatch(Police.Read, name);

    [Fact]
    public void An_adapter_publishes_what_its_agency_sends_and_nothing_else()
    {
        Assert.Matches(Police.Write, BrokerPermissions.ExchangeOf(typeof(PpoSelected)));
        Assert.DoesNotMatch(Police.Write, BrokerPermissions.ExchangeOf(typeof(ReceptionIntoCustody)));
        Assert.DoesNotMatch(Police.Write, "hub-intake");
        Assert.DoesNotMatch(Police.Write, "prison-deliveries");
        Assert.DoesNotMatch(Police.Configure, "prison-deliveries");
    }

    [Fact]
    public void An_adapter_may_send_to_the_scheduler_which_takes_only_its_redeliveries_from_it_but_never_read_there()
    {
        Assert.Matches(Police.Write, "hub-scheduler");
        Assert.DoesNotMatch(Police.Read, "hub-scheduler");
    }

    [Fact]
    public void Only_the_orchestrator_may_act_as_another_user()
    {
        var grants = BrokerPermissions.For(new BrokerUsers());
        Assert.Equal(["agencyhub-hub"], grants.Where(g => g.Tags.Contains("impersonator")).Select(g => g.User));
    }
}
