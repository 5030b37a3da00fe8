using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.IntegrationTests.Support.Journeys;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// The audit trail on the separately deployed hub, each host on its own database role: a journey leaves who collected,
/// disclosed and consulted what about whom in each party's chain, and the chains check out.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class AuditTrailTests(HubOnRabbitMq hub)
{
    [Fact]
    public async Task A_reception_alert_leaves_its_collection_disclosure_and_consultation_in_intact_chains()
    {
        var pncId = People.NewPncId();
        var prison = hub.Adapter(Agency.Prison);
        var selection = await hub.SelectAsPpo(pncId);
        var reception = await prison.PostAccepted(Reception, Bodies.Reception(pncId));
        var alert = Assert.Single(await prison.WaitForItems(ReceptionAlert, pncId));
        var delivery = alert.GetProperty("deliveryId").GetGuid();

        await using var db = DatabaseSettings.OwnerContext(hub.Database);
        var person = $"pnc:{pncId}";
        var entries = await db.AuditEntries.Where(e => e.PersonReference == person || e.MessageId == delivery).ToListAsync();
        Assert.Contains(entries, e => (e.Agency, e.Category, e.MessageId, e.MessageType) == ("police", AuditCategory.Collection, selection, PpoSelected));
        Assert.Contains(entries, e => (e.Agency, e.Category, e.MessageId) == ("prison", AuditCategory.Collection, reception));
        var disclosure = Assert.Single(entries, e => e.Category == AuditCategory.Disclosure && e.MessageType == ReceptionAlert);
        Assert.Equal(("prison", "prison", person, "ppo-custody-alert"), (disclosure.Agency, disclosure.Recipient, disclosure.PersonReference, disclosure.Purpose));
        Assert.False(string.IsNullOrEmpty(disclosure.Agreement));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Agency == "prison" && e.Action == AuditAction.FeedRead && e.Actor == "prison test system"));
        Assert.Empty((await AuditVerification.Check(db, CancellationToken.None)).Findings);
    }
}
