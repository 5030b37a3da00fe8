using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Audit;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Sharing;

/// <summary>The admin API on the all-in-one host: only administrators, every change a version, the gate following at once.</summary>
public sealed class AgreementAdministrationTests : IAsyncLifetime
{
    AllInOneClient _hub = null!;

    public async Task InitializeAsync() => _hub = await AllInOneClient.Start();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    const string Draft = """
        {"title":"Arrests for the CJIT's drug workers","parties":["police","probation"],
         "legalBasis":"s115 Crime and Disorder Act 1998","purposes":["prosecution"],
         "flows":[{"sender":"police","messageTypes":["offender-arrested"],"conditions":["current-ppo"],
                   "recipients":[{"agency":"probation","fields":["offender","arrestedAt"]}]}],
         "startsOn":"2026-01-01","reviewOn":"2030-01-01"}
        """;

    [Fact]
    public async Task Only_an_administrators_key_opens_the_admin_api()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _hub.Anonymous().GetAsync("/admin/agreements")).StatusCode);
        var police = new HttpRequestMessage(HttpMethod.Get, "/admin/agreements");
        police.Headers.Authorization = new("Bearer", (await File.ReadAllTextAsync(Path.Combine(_hub.KeysFolder, "police.key"))).Trim());
        var refused = await _hub.Http.SendAsync(police);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("role administrator", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_seeds_are_listed_active_and_bad_terms_are_refused_naming_each_field()
    {
        var list = JsonNode.Parse(await _hub.Http.GetStringAsync("/admin/agreements"))!.AsArray();
        Assert.Contains(list, a => (string?)a!["id"] == "cjit-health" && (string?)a["status"] == "active");

        var bad = Draft.Replace("offender-arrested", "offender-teleported").Replace("\"probation\"]", "\"probation\",\"hub\"]");
        var response = await Put("custody-extra", bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Contains("parties", errors.Select(e => e.Key));
        Assert.Contains("flows[0].messageTypes[0]", errors.Select(e => e.Key));
        Assert.Equal(HttpStatusCode.BadRequest, (await Put("custody-extra", """{"title":"no terms"}""")).StatusCode);
    }

    [Fact]
    public async Task A_draft_is_activated_amended_and_ended_each_change_a_version_recorded_with_who_made_it()
    {
        Assert.Equal(HttpStatusCode.Created, (await Put("arrests-to-probation", Draft)).StatusCode);
        Assert.Equal("active", (string?)(await Change("arrests-to-probation", "activate", "{}"))["status"]);
        Assert.Equal(HttpStatusCode.OK, (await Put("arrests-to-probation", Draft.Replace("\"arrestedAt\"", "\"arrestedAt\",\"caseUrn\""))).StatusCode);
        var ended = await Change("arrests-to-probation", "expire", """{"reason":"replaced by the premium service agreement"}""");
        Assert.Equal(("expired", 4), ((string?)ended["status"], (int)ended["version"]!));

        var again = await _hub.Http.PostAsync("/admin/agreements/arrests-to-probation/activate", Json("{}"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var versions = JsonNode.Parse(await _hub.Http.GetStringAsync("/admin/agreements/arrests-to-probation/versions"))!.AsArray();
        Assert.Equal(["draft", "active", "active", "expired"], versions.Select(v => (string)v!["status"]!));
        Assert.Equal(["arrestedAt", "caseUrn"], versions[2]!["terms"]!["flows"]![0]!["recipients"]![0]!["fields"]!.AsArray()
            .Select(f => (string)f!).Where(f => f != "offender"));
        var changes = await _hub.Query(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditAction.AgreementChanged && e.Agreement!.StartsWith("arrests-to-probation")).ToListAsync());
        Assert.Equal(4, changes.Count);
        Assert.All(changes, c => Assert.Equal(("hub", "development key (all-in-one host)"), (c.Agency, c.Actor)));
        Assert.Contains(changes, c => c.Justification == "replaced by the premium service agreement");
    }

    [Fact]
    public async Task A_suspended_agreement_holds_what_it_covered_until_it_is_renewed()
    {
        await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(60)));
        await Poll.Until(() => _hub.Query(db => db.Cases.AnyAsync()), () => "the PPO case");
        Assert.Equal(HttpStatusCode.BadRequest, (await _hub.Http.PostAsync("/admin/agreements/custody-and-release/suspend", Json("{}"))).StatusCode);
        await Change("custody-and-release", "suspend", """{"reason":"partners reviewing the protocol"}""");

        await _hub.Post(Agency.Prison, "reception-into-custody", Reception(ByPnc(60)));
        var blocked = await _hub.WaitForItem(Agency.Prison, "delivery-blocked", p => (string?)p["messageType"] == "reception-into-custody");
        Assert.Contains("is suspended (partners reviewing the protocol)", (string?)blocked["payload"]!["reason"]);

        var renewed = await Change("custody-and-release", "renew", $$"""{"reviewOn":"{{DateTime.UtcNow.AddYears(2):yyyy-MM-dd}}","reason":"reviewed"}""");
        Assert.Equal("active", (string?)renewed["status"]);
        await _hub.Post(Agency.Prison, "reception-into-custody", Reception(ByPnc(60)) with { PrisonCode = "MDI" });
        await _hub.WaitForItem(Agency.Probation, "reception-into-custody", p => (string?)p["prisonCode"] == "MDI");
    }

    Task<HttpResponseMessage> Put(string id, string body) => _hub.Http.PutAsync($"/admin/agreements/{id}", Json(body));

    async Task<JsonNode> Change(string id, string verb, string body)
    {
        var response = await _hub.Http.PostAsync($"/admin/agreements/{id}/{verb}", Json(body));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
