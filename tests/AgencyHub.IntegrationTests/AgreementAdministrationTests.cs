using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Credentials;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task An_operator_reads_who_received_the_polices_data_through_the_owners_function_and_the_reading_is_audited()
    {
        var pncId = People.NewPncId();
        await hub.Adapter(Agency.Police).PostAccepted(Journeys.PpoSelected, Bodies.PpoSelected(pncId));
        // Each disclosure's audit entry commits with its feed item.
        foreach (var recipient in new[] { Agency.Cps, Agency.Courts, Agency.Prison, Agency.Probation })
            await hub.Adapter(recipient).WaitForItems(Journeys.PpoSelected, pncId);
        var key = await hub.Orchestrator.Services.GetRequiredService<ApiKeyStore>()
            .CreateStaff("Integration test operator", StaffRole.Operator, DateTimeOffset.UtcNow.AddDays(1), "integration tests", CancellationToken.None);
        var client = hub.Orchestrator.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key.Key);

        var report = JsonNode.Parse(await client.GetStringAsync("/admin/reports/disclosures?sender=police"))!["disclosures"]!.AsArray();

        Assert.Equal(["courts", "cps", "prison", "probation"],
            report.Where(d => (string?)d!["personReference"] == $"pnc:{pncId}").Select(d => (string)d!["recipient"]!).Order());
        var csv = await client.GetStringAsync("/admin/reports/disclosures?sender=police&format=csv");
        Assert.Contains($",prison,ppo-selected,pnc:{pncId},ppo-list@", csv);
        await using var db = DatabaseSettings.OwnerContext(hub.Database);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.DisclosuresReported && e.Actor == "Integration test operator"));
    }
}
