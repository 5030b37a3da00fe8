using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Failures;
using AgencyHub.Tests.Support;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Webhooks;

public class WebhookTests
{
    [Fact]
    public async Task A_push_that_fails_is_retried_until_the_agency_system_accepts_it_and_then_acknowledged()
    {
        await using var prisonSystem = new FlakyAgencySystem(failures: 2);
        await prisonSystem.Start();
        await using var hub = await AllInOneClient.Start(new Dictionary<string, string?>
        {
            ["Agencies:prison:Webhook:Url"] = prisonSystem.Url.ToString(),
            ["Agencies:prison:Webhook:InitialRetryDelay"] = "00:00:00.050",
        });

        await hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(40)));
        await Poll.Until(() => prisonSystem.Accepted.Count == 1, () => "the selection to be pushed");
        // The case, not the notice to the prison, makes the person a current PPO: a reception before it would be held
        // for probation, and the prison told so.
        await Poll.Until(() => hub.Query(db => db.Cases.AnyAsync()), () => "the PPO case");
        // Received just now: no needs-assessment deadline falls due during the test to push a third item.
        await hub.Post(Agency.Prison, "reception-into-custody", Reception(ByPnc(40)) with { ReceivedAt = DateTimeOffset.UtcNow });
        await Poll.Until(() => prisonSystem.Accepted.Count == 2, () => "the alert to be pushed");

        // The selection (prison is a recipient) was pushed after two refusals, then the alert: in order, once each.
        Assert.Equal(["ppo-selected", "ppo-reception-alert"], prisonSystem.Accepted.Select(i => i["messageType"]!.GetValue<string>()).ToArray());
        Assert.Equal(4, prisonSystem.Attempts);
        // The pusher acknowledges after the agency's system has answered.
        await Poll.Until(async () => (string?)(await hub.Http.GetFromJsonAsync<JsonObject>("/agencies/prison/feed"))!["acknowledgedCursor"] == "2",
            () => "the pushed items to be acknowledged");
        var page = (await hub.Http.GetFromJsonAsync<JsonObject>("/agencies/prison/feed"))!;
        Assert.Empty(page["items"]!.AsArray());
    }

    [Fact]
    public async Task A_delivery_the_agency_system_keeps_refusing_is_parked_the_next_goes_on_and_a_replay_delivers_it_through_the_gate()
    {
        await using var prisonSystem = new FlakyAgencySystem(failures: 0) { Refuses = item => (string?)item["messageType"] == "ppo-selected" };
        await prisonSystem.Start();
        await using var hub = await AllInOneClient.Start(new Dictionary<string, string?>
        {
            ["Agencies:prison:Webhook:Url"] = prisonSystem.Url.ToString(),
            ["Agencies:prison:Webhook:InitialRetryDelay"] = "00:00:00.050",
            ["Agencies:prison:Webhook:ParkAfterRefusals"] = "3",
        });

        await hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(41)));
        await Poll.Until(() => hub.Query(db => db.Cases.AnyAsync()), () => "the PPO case");
        await hub.Post(Agency.Prison, "reception-into-custody", Reception(ByPnc(41)) with { ReceivedAt = DateTimeOffset.UtcNow });
        await Poll.Until(() => prisonSystem.Accepted.Count == 1, () => "the alert to be pushed past the refused selection");

        Assert.Equal("ppo-reception-alert", (string?)prisonSystem.Accepted[0]["messageType"]);
        Assert.Equal(4, prisonSystem.Attempts);
        var parked = await hub.Query(db => db.FailedMessages.SingleAsync());
        Assert.Equal((FailureSource.Webhook, "prison webhook", "webhook-refused", "ppo-selected", "pnc:" + Pnc(41)),
            (parked.Source, parked.Endpoint, parked.Cause, parked.MessageType, parked.PersonReference));
        Assert.Contains("422", parked.Reason);

        prisonSystem.Refuses = _ => false;
        var replay = await hub.Http.PostAsJsonAsync($"/admin/failed-messages/{parked.Id}/replay", new { justification = "prison fixed its import" });
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        await Poll.Until(() => prisonSystem.Accepted.Count == 2, () => "the replayed selection to be pushed");

        var replayed = prisonSystem.Accepted[1];
        Assert.Equal("ppo-selected", (string?)replayed["messageType"]);
        // A new delivery, decided by the gate again.
        Assert.NotEqual(parked.MessageId, (Guid)replayed["deliveryId"]!);
        Assert.Equal(FailureStatus.Replayed, await hub.Query(db => db.FailedMessages.Select(f => f.Status).SingleAsync()));
    }
}
