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

/// <summary>An operator's release of a held delivery runs the gate again, delivers it once it passes, and is audited either way.</summary>
public sealed class HeldDeliveryReleaseTests : IAsyncLifetime
{
    AllInOneClient _hub = null!;

    public async Task InitializeAsync() => _hub = await AllInOneClient.Start();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_delivery_that_still_fails_stays_held_and_one_whose_person_has_since_become_a_ppo_is_delivered_once()
    {
        await _hub.Post(Agency.Prison, "reception-into-custody", Reception(ByPnc(70)));
        await _hub.WaitForItem(Agency.Prison, "delivery-blocked");
        var held = Assert.Single(await Held())!;
        var id = (Guid)held["deliveryId"]!;
        Assert.Equal(("reception-into-custody", "probation", "pnc:" + Pnc(70)), ((string?)held["messageType"], (string?)held["recipient"], (string?)held["personReference"]));
        Assert.Null(held["payload"]);

        Assert.Equal(HttpStatusCode.Accepted, (await Release(id, "prison asked again")).StatusCode);
        var stillHeld = await Audited(id, 1);
        Assert.StartsWith("still held: agreement 'custody-and-release'", stillHeld[0].Detail!);
        Assert.Null((await Held())[0]!["releasedAt"]);

        await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(70)));
        // The case, not the notice to probation, is what makes the person a current PPO.
        await Poll.Until(() => _hub.Query(db => db.Cases.AnyAsync()), () => "the PPO case");
        Assert.Equal(HttpStatusCode.Accepted, (await Release(id, "selected as a PPO on 2 December")).StatusCode);
        var delivered = await _hub.WaitForItem(Agency.Probation, "reception-into-custody");

        Assert.Equal(id, (Guid)delivered["deliveryId"]!);
        var released = await Audited(id, 2);
        Assert.Equal(("released", "selected as a PPO on 2 December", "development key (all-in-one host)"),
            (released[1].Detail, released[1].Justification, released[1].Actor));
        Assert.Equal(HttpStatusCode.Conflict, (await Release(id, "again")).StatusCode);
    }

    [Fact]
    public async Task A_release_needs_an_operator_a_justification_and_a_held_delivery()
    {
        var asAdministrator = new HttpRequestMessage(HttpMethod.Get, "/admin/held-deliveries");
        asAdministrator.Headers.Authorization = new("Bearer", (await File.ReadAllTextAsync(Path.Combine(_hub.KeysFolder, "administrator.key"))).Trim());
        Assert.Equal(HttpStatusCode.Forbidden, (await _hub.Http.SendAsync(asAdministrator)).StatusCode);
        var noReason = await _hub.Http.PostAsync($"/admin/held-deliveries/{Guid.NewGuid()}/release", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Contains("justification", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Release(Guid.NewGuid(), "no such delivery")).StatusCode);
    }

    [Fact]
    public async Task Opening_a_held_body_needs_an_operator_and_a_justification_and_is_recorded_with_both()
    {
        await _hub.Post(Agency.Prison, "reception-into-custody", Reception(ByPnc(71)));
        await _hub.WaitForItem(Agency.Prison, "delivery-blocked");
        var id = (Guid)Assert.Single(await Held())!["deliveryId"]!;
        var readOnly = new HttpRequestMessage(HttpMethod.Post, $"/admin/held-deliveries/{id}/open")
        {
            Content = JsonContent.Create(new { justification = "curious" }),
        };
        readOnly.Headers.Authorization = new("Bearer", (await File.ReadAllTextAsync(Path.Combine(_hub.KeysFolder, "read-only.key"))).Trim());
        Assert.Equal(HttpStatusCode.Forbidden, (await _hub.Http.SendAsync(readOnly)).StatusCode);
        var noReason = await _hub.Http.PostAsync($"/admin/held-deliveries/{id}/open", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("justification", await noReason.Content.ReadAsStringAsync());
        Assert.Empty(await _hub.Query(db => db.AuditEntries.Where(e => e.Action == AuditAction.BodyOpened).ToListAsync()));

        var opened = await _hub.Http.PostAsJsonAsync($"/admin/held-deliveries/{id}/open", new { justification = "prison asks why it was held, ticket 4471" });

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var body = JsonNode.Parse(await opened.Content.ReadAsStringAsync())!;
        Assert.Equal(Pnc(71), (string?)body["payload"]!["offender"]!["pncId"]);
        var entry = Assert.Single(await _hub.Query(db => db.AuditEntries.Where(e => e.Action == AuditAction.BodyOpened).ToListAsync()));
        Assert.Equal((AuditCategory.Consultation, "prison asks why it was held, ticket 4471", "development key (all-in-one host)", "pnc:" + Pnc(71), id),
            (entry.Category, entry.Justification, entry.Actor, entry.PersonReference, entry.MessageId));
        Assert.Equal(HttpStatusCode.NotFound, (await _hub.Http.PostAsJsonAsync($"/admin/held-deliveries/{Guid.NewGuid()}/open", new { justification = "x" })).StatusCode);
    }

    async Task<JsonArray> Held() => JsonNode.Parse(await _hub.Http.GetStringAsync("/admin/held-deliveries"))!.AsArray();

    Task<HttpResponseMessage> Release(Guid id, string justification) =>
        _hub.Http.PostAsJsonAsync($"/admin/held-deliveries/{id}/release", new { justification });

    async Task<List<AuditEntry>> Audited(Guid deliveryId, int count)
    {
        var entries = new List<AuditEntry>();
        await Poll.Until(async () =>
        {
            entries = await _hub.Query(db => db.AuditEntries.AsNoTracking()
                .Where(e => e.Action == AuditAction.DeliveryReleased && e.MessageId == deliveryId).ToListAsync());
            return entries.Count >= count;
        }, () => $"{count} audited release attempt(s) of {deliveryId}");
        return entries.OrderBy(e => e.At).ToList();
    }
}
