using AgencyHub.Admin;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Delivery;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Treatment;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Sharing;
using AgencyHub.Persistence.Audit;
using AgencyHub.Tests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Sharing;

/// <summary>
/// What changes while a delivery is on its way to a feed: the recipient's adapter looks again, and sends it back to the
/// hub to be decided again. A delivery queued before the change is replayed onto the delivery queue as the gate sent it.
/// </summary>
public sealed class FeedRecheckTests
{
    [Fact]
    public async Task Consent_withdrawn_while_a_drug_test_is_on_its_way_stops_it_before_the_feed_and_the_hub_holds_it()
    {
        await using var hub = await HubHarness.Start(now: Now);
        var person = ByPnc(80);
        await hub.Post(Selected(person), Agency.Police);
        await hub.Post(Consent(person, [Agency.Probation]), Agency.Cjit);
        await hub.Post(DrugTest(person), Agency.Cjit);
        var queued = SentTo(hub, Agency.Probation, "drug-test-result") with { DeliveryId = NewId.NextGuid() };
        Assert.NotNull(queued.ConsentOf);

        await hub.Post(Withdrawal(person, [Agency.Probation]), Agency.Cjit);
        await hub.Send(queued, DeliveryQueues.Name(Agency.Probation));

        Assert.Single(await hub.Payloads<DrugTestResult>(Agency.Probation));
        var held = Assert.Single(await hub.Query(db => db.HeldDeliveries.Where(h => h.Recipient == "probation").ToListAsync()));
        Assert.Contains("withdrew consent", held.Reason);
        Assert.Equal(PersonReference.Of(person), held.PersonReference);
        var notice = Assert.Single(await hub.Received<DeliveryBlocked>(Agency.Cjit), n => n.Recipient == Agency.Probation);
        Assert.Equal((Agency.Probation, "consent", "drug-test-result"), (notice.Recipient, notice.Condition, notice.MessageType));
    }

    [Fact]
    public async Task A_delivery_decided_under_an_agreement_since_suspended_is_held_and_once_it_is_active_again_is_delivered_under_the_new_version()
    {
        // The feed reads the agreements' versions afresh for every delivery, as it does once its copy is older than this.
        await using var hub = await HubHarness.Start(new Dictionary<string, string?> { ["Sharing:AgreementRefresh"] = "00:00:00" }, now: Now);
        var person = ByPnc(81);
        await hub.Post(Selected(person), Agency.Police);
        await hub.Post(Reception(person), Agency.Prison);
        var queued = SentTo(hub, Agency.Probation, "reception-into-custody");
        var administration = ActivatorUtilities.CreateInstance<AgreementAdministration>(hub.Services);
        var current = (await administration.Change("custody-and-release", AgreementChange.Suspended, "protocol under review", null, "test", default)).Agreement!;

        await hub.Send(queued with { DeliveryId = NewId.NextGuid() }, DeliveryQueues.Name(Agency.Probation));

        Assert.Single(await hub.Payloads<ReceptionIntoCustody>(Agency.Probation));
        var held = Assert.Single(await hub.Query(db => db.HeldDeliveries.Where(h => h.Recipient == "probation").ToListAsync()));
        Assert.Equal(current.Reference, held.Agreement);

        await administration.Change("custody-and-release", AgreementChange.Activated, null, null, "test", default);
        await hub.Send(queued with { DeliveryId = NewId.NextGuid() }, DeliveryQueues.Name(Agency.Probation));

        Assert.Equal(2, (await hub.Payloads<ReceptionIntoCustody>(Agency.Probation)).Count);
        var disclosures = await hub.Query(db => db.AuditEntries
            .Where(e => e.Action == AuditAction.Delivered && e.Agency == "probation" && e.MessageType == "reception-into-custody").ToListAsync());
        Assert.Equal([queued.Agreement, "custody-and-release@" + (current.Version + 1)], disclosures.Select(e => e.Agreement));
    }

    static AgencyDelivery SentTo(HubHarness hub, Agency recipient, string messageType) =>
        hub.Harness.Consumed.Select<AgencyDelivery>(s => s.Context.Message.Recipient == recipient && s.Context.Message.MessageType == messageType)
            .Single().Context.Message;
}
