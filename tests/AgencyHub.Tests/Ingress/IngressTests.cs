using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Identity;
using AgencyHub.Tests.Support;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Ingress;

/// <summary>The ingress API on the all-in-one host: good messages are accepted, bad ones get a 4xx naming the problem.</summary>
public sealed class IngressTests : IAsyncLifetime
{
    AllInOneClient _hub = null!;

    public async Task InitializeAsync() => _hub = await AllInOneClient.Start();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    static async Task<JsonObject> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    static async Task<string[]> ErrorFields(HttpResponseMessage response) =>
        (await Problem(response, HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(e => e.Key).ToArray();

    [Fact]
    public async Task A_valid_message_is_accepted_with_its_id()
    {
        var id = Guid.NewGuid();
        var response = await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(1)), id);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(id.ToString(), (string?)body["messageId"]);
    }

    [Fact]
    public async Task The_first_journey_works_over_http()
    {
        await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(2)));
        await _hub.Post(Agency.Prison, "reception-into-custody", Reception(new OffenderIdentity { PncId = Pnc(2), PrisonNumber = "A1234BC" }));

        var alert = await _hub.WaitForItem(Agency.Prison, "ppo-reception-alert");
        Assert.Equal(("hub", "LEI"), ((string?)alert["sender"], (string?)alert["payload"]!["prisonCode"]));
        Assert.Equal("DC Jane Smith", (string?)alert["payload"]!["leadOfficer"]!["name"]);
    }

    [Fact]
    public async Task A_post_the_database_cannot_store_is_a_503_to_retry()
    {
        await using var hub = await AllInOneClient.Start(new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Postgres",
            ["Persistence:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2",
            ["Persistence:MigrateOnStart"] = "false",
            ["Sharing:SeedAgreements"] = "false",
        });
        // Without its database the hub made no development keys: the key is checked against the database first.
        var post = new HttpRequestMessage(HttpMethod.Post, "/agencies/police/messages/ppo-selected")
        {
            Content = JsonContent.Create(Selected(ByPnc(3)), options: AgencyHub.Contracts.Catalogue.ContractJson.Options),
            Headers = { Authorization = new("Bearer", "ahk_abcdefghjk_not-checked-without-a-database") },
        };
        var response = await hub.Anonymous().SendAsync(post);

        var problem = await Problem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Database unavailable", (string?)problem["title"]);
        Assert.Equal("5", response.Headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task Malformed_json_is_a_400()
    {
        var fields = await ErrorFields(await _hub.PostRaw(Agency.Police, "ppo-selected", "{\"offender\": {"));
        Assert.Equal(["body"], fields);
    }

    [Fact]
    public async Task A_missing_field_is_named()
    {
        var body = """{"offender":{"pncId":"2004/0123456B"},"selectionReason":"x","selectedAt":"2026-11-20T10:00:00Z"}""";
        var fields = await ErrorFields(await _hub.PostRaw(Agency.Police, "ppo-selected", body));
        Assert.Equal(["leadOfficer", "scheme"], fields.Order().ToArray());
    }

    [Fact]
    public async Task An_identity_without_identifiers_is_named()
    {
        var fields = await ErrorFields(await _hub.Post(Agency.Prison, "reception-into-custody", Reception(new OffenderIdentity())));
        Assert.Equal(["offender"], fields);
    }

    [Fact]
    public async Task A_malformed_identifier_is_named_by_its_path()
    {
        var problem = await Problem(
            await _hub.Post(Agency.Prison, "reception-into-custody", Reception(new OffenderIdentity { PncId = "2004/0123456X" })),
            HttpStatusCode.BadRequest);
        Assert.Contains("check character", (string?)problem["errors"]!["offender.pncId"]![0]);
    }

    [Fact]
    public async Task A_release_date_in_the_past_is_a_400_naming_the_release_date()
    {
        var problem = await Problem(
            await _hub.Post(Agency.Prison, "release-date-set", ReleaseDate(ByPnc(4), new DateOnly(2026, 11, 1))), HttpStatusCode.BadRequest);
        Assert.Equal("must not be before the day it was recorded (setAt is 2026-11-23)", (string?)problem["errors"]!["releaseDate"]![0]);
    }

    [Fact]
    public async Task An_unknown_field_and_a_bad_enum_value_are_named()
    {
        const string reception = """
            {"offender":{"prisonNumber":"A1234BC"},"prisonCode":"LEI","reason":"remand","receivedAt":"2026-11-23T09:30:00Z"
            """;
        Assert.Equal(["surname"], await ErrorFields(await _hub.PostRaw(Agency.Prison, "reception-into-custody", reception + ",\"surname\":\"x\"}")));
        var problem = await Problem(
            await _hub.PostRaw(Agency.Prison, "reception-into-custody", reception.Replace("remand", "holiday") + "}"), HttpStatusCode.BadRequest);
        Assert.Equal("must be one of: remand, sentence, recall, transfer", (string?)problem["errors"]!["reason"]![0]);
    }

    [Fact]
    public async Task An_unknown_message_type_or_one_the_agency_may_not_send_is_a_404()
    {
        var unknown = await Problem(await _hub.PostRaw(Agency.Police, "no-such-message", "{}"), HttpStatusCode.NotFound);
        Assert.Contains("ppo-selected", (string?)unknown["detail"]);
        await Problem(await _hub.Post(Agency.Prison, "ppo-selected", Selected(ByPnc(3))), HttpStatusCode.NotFound);
        Assert.DoesNotContain("score-selection-candidate", (string?)unknown["detail"]);
    }

    [Fact]
    public async Task A_request_the_hub_answers_at_once_is_refused_by_the_ingress_api_naming_its_route()
    {
        var problem = await Problem(await _hub.PostRaw(Agency.Police, "score-selection-candidate", "{}"), HttpStatusCode.NotFound);
        Assert.Contains("POST /selection-matrix/score", (string?)problem["detail"]);
    }

    [Fact]
    public async Task An_oversized_body_is_a_413()
    {
        var body = "{\"selectionReason\":\"" + new string('x', 70 * 1024) + "\"}";
        await Problem(await _hub.PostRaw(Agency.Police, "ppo-selected", body), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415()
    {
        await Problem(await _hub.PostRaw(Agency.Police, "ppo-selected", "offender=1", "text/plain"), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_message_id_that_is_not_a_uuid_is_a_400()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/agencies/police/messages/ppo-selected")
        {
            Content = JsonContent.Create(Selected(ByPnc(4))),
        };
        request.Headers.Add("X-Message-Id", "42");
        Assert.Equal(["X-Message-Id"], await ErrorFields(await _hub.Http.SendAsync(request)));
    }

    [Fact]
    public async Task Bad_feed_requests_are_named()
    {
        Assert.Equal(["limit", "wait"], (await ErrorFields(await _hub.Http.GetAsync("/agencies/prison/feed?limit=0&wait=99"))).Order().ToArray());
        Assert.Equal(["cursor"], await ErrorFields(await _hub.Http.PostAsJsonAsync("/agencies/prison/feed/ack", new { cursor = "999" })));
    }

    [Fact]
    public async Task Every_agency_serves_the_catalogue_with_the_fields_each_recipient_gets_and_the_host_reports_ready()
    {
        var published = JsonNode.Parse(AgencyHub.Contracts.Catalogue.CatalogueDocument.Generate())!["messages"]!.AsArray();
        foreach (var agency in AgencyNames.Partners)
        {
            var served = JsonNode.Parse(await _hub.Http.GetStringAsync($"/agencies/{agency.Slug()}/catalogue"))!["messages"]!.AsArray();
            Assert.Equal(published.Select(m => m!["schema"]!.ToJsonString()), served.Select(m => m!["schema"]!.ToJsonString()));
            var drugTest = served.Single(m => (string?)m!["name"] == "drug-test-result")!["fieldsByRecipient"]!;
            Assert.Equal(["offender", "outcome", "substances", "testedAt"], drugTest["probation"]!.AsArray().Select(f => (string)f!));
            Assert.Equal(["offender", "outcome", "testedAt"], drugTest["prison"]!.AsArray().Select(f => (string)f!));
            // A recipient the contract names but no agreement gives it to is not listed.
            Assert.Null(served.Single(m => (string?)m!["name"] == "offender-released")!["fieldsByRecipient"]!["cps"]);
        }
        Assert.Equal("Healthy", await _hub.Http.GetStringAsync("/health/ready"));
    }
}
