using Microsoft.EntityFrameworkCore;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AgencyHub.Contracts.Agencies;
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
}
