using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using static AgencyHub.IntegrationTests.Support.AdapterCalls;
using static AgencyHub.IntegrationTests.Support.Journeys;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// At-least-once delivery on the pull feed: an item is offered until the agency acknowledges it. Runs on the CPS
/// feed, which no other test acknowledges or reads without a cursor; acknowledging moves that feed's cursor for
/// good, and the tests that look for their own items on it read forward from it.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class FeedAcknowledgementTests(HubOnRabbitMq hub)
{
    readonly HttpClient _cps = hub.Adapter(Agency.Cps);

    [Fact]
    public async Task An_item_is_offered_again_until_it_is_acknowledged_and_then_no_more()
    {
        var pncId = People.NewPncId();
        await hub.Adapter(Agency.Police).PostAccepted(PpoSelected, Bodies.PpoSelected(pncId));
        var item = Assert.Single(await _cps.WaitForItems(PpoSelected, pncId));
        var cursor = long.Parse(item.GetProperty("cursor").GetString()!);
        var deliveryId = item.GetProperty("deliveryId").GetGuid();
        // Start from just before the item, so it heads a read that does not say where to start.
        using (var before = await Acknowledge((cursor - 1).ToString()))
            Assert.Equal(HttpStatusCode.NoContent, before.StatusCode);

        foreach (var _ in Enumerable.Range(0, 2))
        {
            var page = await _cps.ReadPage(after: null);
            Assert.Equal((cursor - 1).ToString(), page.GetProperty("acknowledgedCursor").GetString());
            Assert.Equal(deliveryId, FeedReader.Items(page).First().GetProperty("deliveryId").GetGuid());
        }

        using var acknowledged = await Acknowledge(cursor.ToString());
        Assert.Equal(HttpStatusCode.NoContent, acknowledged.StatusCode);

        var after = await _cps.ReadPage(after: null);
        Assert.Equal(cursor.ToString(), after.GetProperty("acknowledgedCursor").GetString());
        Assert.DoesNotContain(FeedReader.Items(after), i => i.GetProperty("deliveryId").GetGuid() == deliveryId);
        Assert.Empty(await _cps.ItemsNow(PpoSelected, pncId));
    }

    [Fact]
    public async Task The_acknowledged_cursor_may_be_sent_again_but_an_earlier_one_is_409()
    {
        var pncId = People.NewPncId();
        await hub.Adapter(Agency.Police).PostAccepted(PpoSelected, Bodies.PpoSelected(pncId));
        var item = Assert.Single(await _cps.WaitForItems(PpoSelected, pncId));
        var cursor = item.GetProperty("cursor").GetString()!;
        using var first = await Acknowledge(cursor);
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);

        using var again = await Acknowledge(cursor);
        using var earlier = await Acknowledge("0");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.Conflict), (again.StatusCode, earlier.StatusCode));
        Assert.Equal(cursor, (await _cps.ReadPage(after: null)).GetProperty("acknowledgedCursor").GetString());
    }

    [Fact]
    public async Task Acknowledging_a_cursor_beyond_the_end_of_the_feed_is_answered_400_naming_the_cursor()
    {
        var acknowledged = long.Parse((await _cps.ReadPage(after: null, limit: 1)).GetProperty("acknowledgedCursor").GetString()!);
        var beyond = (acknowledged + 1_000_000).ToString();

        using var response = await Acknowledge(beyond);

        var errors = await ValidationErrorsFor(response, "cursor");
        Assert.Contains(errors, e => e.Contains(beyond, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"cursor": "soon"}""")]
    [InlineData("""{"cursor": null}""")]
    [InlineData("{}")]
    public async Task An_acknowledgement_without_a_cursor_is_answered_400_naming_the_cursor(string body)
    {
        using var response = await _cps.PostAsync("/feed/ack", Json(body));

        await ValidationErrorsFor(response, "cursor");
    }

    [Theory]
    [InlineData("after=soon", "after")]
    [InlineData("after=-1", "after")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("wait=-1", "wait")]
    [InlineData("wait=31", "wait")]
    public async Task A_feed_read_with_a_bad_parameter_is_answered_400_naming_it(string query, string parameter)
    {
        using var response = await _cps.GetAsync($"/feed?{query}");

        await ValidationErrorsFor(response, parameter);
    }

    Task<HttpResponseMessage> Acknowledge(string cursor) =>
        _cps.PostAsJsonAsync("/feed/ack", new { cursor }, JsonSerializerOptions.Web);
}
