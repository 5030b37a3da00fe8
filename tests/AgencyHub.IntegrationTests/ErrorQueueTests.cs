using AgencyHub.Admin;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Identity;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence.Failures;
using AgencyHub.Persistence.Ingress;
using AgencyHub.Sagas;
using AgencyHub.Sagas.Intake;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using static AgencyHub.IntegrationTests.Support.Journeys;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// A message that breaks its contract but bypassed the adapters (published straight onto the bus) fails alone:
/// it goes to the error queue of each hub endpoint, without retries, whence the orchestrator collects it into the
/// failed-message store, and the next good message is handled.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class ErrorQueueTests(HubOnRabbitMq hub)
{
    [Fact]
    public async Task A_message_breaking_its_contract_on_the_bus_is_collected_from_the_error_queue_and_the_next_good_one_is_handled()
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
        var failed = await FailedMessages.Collected(hub.Database, HubIntake.Queue, bad);
        Assert.EndsWith("ContractViolationException", failed.Cause);
        Assert.Contains("prisonCode", failed.Reason);
        Assert.Equal(("prison", FailureStatus.Failed), (failed.Sender, failed.Status));
        // Straight to the error queue: no retries for a broken contract.
        Assert.Equal(1, hub.OrchestratorReceives.Faulted(HubIntake.Queue, bad));
        Assert.Single(await hub.Adapter(Agency.Probation).WaitForItems(Journeys.Reception, pncId));
    }

    [Fact]
    public async Task A_message_the_broker_dead_lettered_is_collected_and_an_operators_replay_applies_it_once()
    {
        var pncId = People.NewPncId();
        await hub.SelectAsPpo(pncId);
        await using var orchestrator = await TestBus.As(hub.Broker.AsHub());
        var id = NewId.NextGuid();
        // As the broker moves a message handed out more often than the queue's delivery limit (a host crashing on it).
        var errorQueue = await orchestrator.Bus.GetSendEndpoint(QueueAddress.Of(DurableQueues.ErrorQueueOf(HubIntake.Queue)));
        await errorQueue.Send(Reception(pncId, prisonCode: "LEI"), context =>
        {
            context.MessageId = id;
            context.Headers.Set(HubHeaders.Sender, Agency.Prison.Slug());
            context.Headers.Set("x-first-death-reason", "delivery_limit");
        });

        var failed = await FailedMessages.Collected(hub.Database, HubIntake.Queue, id);
        Assert.Equal(("broker: delivery_limit", "prison", "reception-into-custody"), (failed.Cause, failed.Sender, failed.MessageType));
        var failures = hub.Orchestrator.Services.GetRequiredService<FailedMessageAdministration>();
        Assert.Equal(ResolutionOutcome.Done, (await failures.Replay(failed.Id, "integration test", "the host no longer crashes on it", default)).Outcome);

        var alert = Assert.Single(await hub.Adapter(Agency.Prison).WaitForItems(ReceptionAlert, pncId));
        Assert.Equal(id, alert.GetProperty("sourceMessageId").GetGuid());
        Assert.Equal(ResolutionOutcome.NotFailed, (await failures.Replay(failed.Id, "integration test", "once more", default)).Outcome);
    }

    [Fact]
    public async Task A_stored_message_the_relay_cannot_publish_is_parked_under_the_adapters_own_role_and_put_back_on_replay()
    {
        var id = NewId.NextGuid();
        await using (var db = DatabaseSettings.OwnerContext(hub.Database))
        {
            // As a message stored by an adapter of another release would be.
            db.AcceptedMessages.Add(new AcceptedMessage
            {
                MessageId = id, Agency = Agency.Police.Slug(), AgencySystem = "integration test", MessageType = "ppo-nominated", Body = "{}",
                AcceptedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var parked = await FailedMessages.Collected(hub.Database, AcceptedMessageStore.RelayOf(Agency.Police.Slug()), id);
        Assert.Equal(("police", FailureSource.Relay, "unknown-type"), (parked.Agency, parked.Source, parked.Cause));
        var failures = hub.Orchestrator.Services.GetRequiredService<FailedMessageAdministration>();
        Assert.Equal(ResolutionOutcome.Done, (await failures.Replay(parked.Id, "integration test", "adapter upgraded", default)).Outcome);

        // The police adapter, under its own database role, puts it back among its waiting messages, and parks it again.
        var deadline = DateTime.UtcNow + Timeouts.Message;
        while ((await failures.Find(parked.Id, default))!.Failures < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, "the replayed message was not parked again");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
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
