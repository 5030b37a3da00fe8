using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;
using AgencyHub.Messaging.Sharing;
using AgencyHub.Messaging.Time;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Sharing;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Sharing;

/// <summary>
/// Every message type, from every agency that may send it, about a juvenile PPO whose consent is in force for everyone:
/// nothing reaches a feed but through the gate. With no agreement at all, every feed stays empty and every recipient's
/// copy is held; under the seed agreements, each item on a feed rests on an agreement in force that covers its sender,
/// recipient and type, holds no field beyond that agreement's, and is recorded as disclosed under it.
/// </summary>
public sealed class GateCoverageTests
{
    static readonly OffenderIdentity Juvenile = ByPnc(90) with { DateOfBirth = DateOnly.FromDateTime(Now.UtcDateTime).AddYears(-16) };

    [Fact]
    public async Task With_no_agreement_every_recipient_of_every_type_is_held_and_no_feed_gets_anything()
    {
        await using var hub = await HubHarness.Start(new Dictionary<string, string?> { ["Sharing:SeedAgreements"] = "false" }, now: Now);

        var sent = await PostEverything(hub);

        foreach (var agency in AgencyNames.Partners) Assert.Empty(await hub.Feed(agency));
        var held = (await hub.Query(db => db.HeldDeliveries.Select(h => new { h.MessageType, h.Recipient }).ToListAsync()))
            .Select(h => (h.MessageType, h.Recipient)).ToHashSet();
        var routed = from contract in sent
            from recipient in contract.Recipients
            where contract.Senders.Any(s => s != recipient)
            select (contract.Name, recipient.Slug());
        Assert.All(routed, pair => Assert.Contains(pair, held));
        // The hub's own deliveries pass the same gate: the reception alert it raised is held too.
        Assert.Contains(("ppo-reception-alert", "prison"), held);
    }

    [Fact]
    public async Task Under_the_seed_agreements_each_item_on_a_feed_rests_on_an_agreement_that_covers_it_and_only_its_fields()
    {
        await using var hub = await HubHarness.Start(now: Now);

        await PostEverything(hub);

        var book = await hub.Services.GetRequiredService<AgreementStore>().Book(CancellationToken.None);
        var disclosed = await hub.Query(db => db.AuditEntries.Where(e => e.Action == AuditAction.Delivered).ToListAsync());
        var items = 0;
        foreach (var agency in AgencyNames.Partners)
            foreach (var item in await hub.Feed(agency))
            {
                items++;
                var contract = MessageCatalogue.Find(item.MessageType)!;
                var coverage = book.Cover(item.Sender, agency, contract, UkTime.DayOf(Now));
                var terms = Assert.Single(coverage.InForce, t => disclosed.Any(e => e.MessageId == item.DeliveryId && e.Agreement == t.Agreement.Reference));
                var minimised = Minimisation.Apply(item.Payload, terms.Recipient.Fields);
                Assert.True(JsonElement.DeepEquals(minimised, item.Payload), $"{item.MessageType} to {agency.Slug()} holds fields beyond {terms.Agreement.Reference}");
            }
        Assert.True(items > 60, $"only {items} items reached the feeds: the examples no longer exercise the agreements");
    }

    // Makes the person a PPO with consent in force for every partner, then posts an example of every type each
    // agency may send; returns the types posted.
    static async Task<IReadOnlyList<MessageContractInfo>> PostEverything(HubHarness hub)
    {
        await hub.Post(Selected(Juvenile), Agency.Police);
        await hub.Post(Consent(Juvenile, AgencyNames.Partners), Agency.Cjit);
        var sent = MessageCatalogue.All.Where(c => c.Senders.Any(s => s != Agency.Hub)).ToList();
        foreach (var contract in sent)
            foreach (var sender in contract.Senders.Where(s => s != Agency.Hub))
                await hub.Post(ContractExamples.For(contract.Type, Juvenile, Now), sender);
        return sent;
    }
}
