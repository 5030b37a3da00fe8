using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Identity;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Messaging.Transport;
using AgencyHub.Sagas;
using AgencyHub.Sagas.Intake;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using static AgencyHub.IntegrationTests.Support.Journeys;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// A message that breaks its contract but bypassed the adapters (published straight onto the bus) fails alone:
/// it goes to the error queue of each hub endpoint, without retries, and the next good message is handled.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class ErrorQueueTests(HubOnRabbitMq hub)
{
    [Fact]
    public async Task A_message_breaking_its_contract_on_the_bus_goes_to_the_error_queue_and_the_next_good_one_is_handled()
    {
        var pncId = People.NewPncId();
        await hub.SelectAsPpo(pncId);
        var bus = hub.AdapterApp(Agency.Prison).Services.GetRequiredService<IBus>();

        var bad = await Publish(bus, Reception(pncId, prisonCode: "Leeds"));
        var good = await Publish(bus, Reception(pncId, prisonCode: "LEI"));

        var alert = Assert.Single(await hub.Adapter(Agency.Prison).WaitForItems(ReceptionAlert, pncId));
        Assert.Equal(good, alert.GetProperty("sourceMessageId").GetGuid());
        Assert.Equal("LEI", alert.GetProperty("payload").GetProperty("prisonCode").GetString());
        await hub.OrchestratorReceives.WaitUntilFinished(HubIntake.Queue, bad);
        var errored = await ErrorQueues.Take(hub.Broker, ErrorQueues.Of(HubIntake.Queue), bad);
        Assert.Contains("ContractViolationException", errored.Headers.GetValueOrDefault("MT-Fault-ExceptionType"));
        Assert.Contains("prisonCode", errored.Headers.GetValueOrDefault("MT-Fault-Message"));
        // Straight to the error queue: no retries for a broken contract.
        Assert.Equal("0", errored.Headers.GetValueOrDefault("MT-Fault-RetryCount", "0"));
        Assert.Equal(1, hub.OrchestratorReceives.Faulted(HubIntake.Queue, bad));
        Assert.Single(await hub.Adapter(Agency.Probation).WaitForItems(Journeys.Reception, pncId));
    }

    static ReceptionIntoCustody Reception(string pncId, string prisonCode) => new()
    {
        Offender = new OffenderIdentity { PncId = pncId },
        PrisonCode = prisonCode,
        Reason = ReceptionReason.Remand,
        ReceivedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>Publishes as the prison adapter would, but without its checks.</summary>
    static async Task<Guid> Publish(IBus bus, ReceptionIntoCustody message)
    {
        var id = NewId.NextGuid();
        await bus.Publish(message, context =>
        {
            context.MessageId = id;
            context.Headers.Set(HubHeaders.Sender, Agency.Prison.Slug());
        });
        return id;
    }
}
