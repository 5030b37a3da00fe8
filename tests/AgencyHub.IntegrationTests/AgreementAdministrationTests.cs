using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// The orchestrator's admin API on PostgreSQL with the orchestrator's own role: it reads the staff's keys (and no agency's),
/// stores agreement versions and their audit entries on the hub's chain.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class AgreementAdministrationTests(HubOnRabbitMq hub)
{
    [Fact]
    public async Task An_administrator_drafts_and_activates_an_agreement_on_the_orchestrator_and_an_agency_key_is_refused()
    {
        var draft = """
            {"title":"Recall arrests for probation","parties":["police","probation","prison"],
             "legalBasis":"s115 Crime and Disorder Act 1998","purposes":["recall"],
             "flows":[{"sender":"police","messageTypes":["recall-arrest-made"],"conditions":["current-ppo"],
                       "recipients":[{"agency":"probation","fields":["recallId","offender","arrestedAt"]}]}],
             "startsOn":"2026-01-01","reviewOn":"2031-01-01"}
            """;
        var created = await hub.Administrator.PutAsync("/admin/agreements/recall-arrests", new StringContent(draft, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var activated = await hub.Administrator.PostAsync("/admin/agreements/recall-arrests/activate", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal("active", (string?)JsonNode.Parse(await activated.Content.ReadAsStringAsync())!["status"]);

        // An agency's key is not even seen by the orchestrator's role (row-level security): 401, as for an unknown key.
        var asPolice = new HttpRequestMessage(HttpMethod.Get, "/admin/agreements");
        asPolice.Headers.Authorization = hub.Adapter(Agency.Police).DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.Administrator.SendAsync(asPolice)).StatusCode);
        await using var db = DatabaseSettings.OwnerContext(hub.Database);
        var changes = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditAction.AgreementChanged && e.Agreement!.StartsWith("recall-arrests@"))
            .Select(e => new { e.Agency, e.Actor }).ToListAsync();
        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.Equal(("hub", "Integration test administrator"), (c.Agency, c.Actor)));
    }
}
