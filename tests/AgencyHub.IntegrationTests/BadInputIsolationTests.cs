using System.Net;
using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using static AgencyHub.IntegrationTests.Support.Journeys;

namespace AgencyHub.IntegrationTests;

/// <summary>Refusing bad input costs the other traffic nothing: good messages around it go through, the hosts stay ready.</summary>
[Collection(HubCollection.Name)]
public sealed class BadInputIsolationTests(HubOnRabbitMq hub)
{
    readonly HttpClient _prison = hub.Adapter(Agency.Prison);

    [Fact]
    public async Task Bad_posts_are_refused_while_a_good_reception_posted_among_them_still_alerts_the_prison()
    {
        var ppo = People.NewPncId();
        var refused = People.NewPncId();
        await hub.SelectAsPpo(ppo);
        var bad = BadRequests.ForPrison(refused);

        foreach (var request in bad.Take(bad.Count / 2)) await PostRefused(request);
        await _prison.PostAccepted(Reception, Bodies.Reception(ppo));
        foreach (var request in bad.Skip(bad.Count / 2)) await PostRefused(request);

        var alert = Assert.Single(await _prison.WaitForItems(ReceptionAlert, ppo));
        Assert.Equal(Bodies.LeadOfficer, alert.GetProperty("payload").GetProperty("leadOfficer").GetProperty("name").GetString());
        // The good reception reached probation; none of the refused ones about the other person did.
        await hub.Adapter(Agency.Probation).WaitForItems(Reception, ppo);
        Assert.Empty(await hub.Adapter(Agency.Probation).ItemsNow(Reception, refused));
        await AssertEveryHostReady();
    }

    [Fact]
    public async Task A_burst_of_bad_posts_at_the_same_time_as_good_ones_leaves_the_good_ones_unaffected()
    {
        var ppos = Enumerable.Range(0, 3).Select(_ => People.NewPncId()).ToList();
        foreach (var ppo in ppos) await hub.SelectAsPpo(ppo);
        var bad = BadRequests.ForPrison(People.NewPncId());

        var posts = bad.Select(PostRefused)
            .Concat(bad.Select(PostRefused))
            .Concat(ppos.Select(ppo => (Task)_prison.PostAccepted(Reception, Bodies.Reception(ppo))));
        await Task.WhenAll(posts);

        foreach (var ppo in ppos)
            Assert.Single(await _prison.WaitForItems(ReceptionAlert, ppo));
        await AssertEveryHostReady();
    }

    async Task PostRefused(BadRequest request)
    {
        using var response = await _prison.PostMessage(request.Type, request.Content(), request.MessageId);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == request.Status,
            $"{request.Name}: expected {(int)request.Status} but got {(int)response.StatusCode}: {body}");
    }

    async Task AssertEveryHostReady()
    {
        foreach (var (name, client) in hub.Hosts)
        {
            using var response = await client.GetAsync("/health/ready");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name} is no longer ready: {(int)response.StatusCode}");
        }
    }
}
