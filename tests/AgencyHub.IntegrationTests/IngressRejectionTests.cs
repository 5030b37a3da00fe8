using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.IntegrationTests.Support.AdapterCalls;
using static AgencyHub.IntegrationTests.Support.Journeys;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// Bad input at an adapter host's edge is answered with the right 4xx and a problem details document naming what
/// is wrong, before anything reaches the bus.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class IngressRejectionTests(HubOnRabbitMq hub)
{
    readonly HttpClient _prison = hub.Adapter(Agency.Prison);
    readonly HttpClient _police = hub.Adapter(Agency.Police);

    [Theory]
    [InlineData("""{"offender": {"pncId": "2004/0123456B"}, "prisonCode": """)]
    [InlineData("""{"offender": {"pncId": "2004/0123456B"}, "prisonCode": "LEI",}""")]
    [InlineData("this is not JSON")]
    [InlineData("")]
    public async Task Malformed_json_is_answered_400_with_the_errors(string body)
    {
        using var response = await _prison.PostMessage(Reception, Json(body));

        var problem = await ProblemOf(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.GetProperty("errors").EnumerateObject());
    }

    [Fact]
    public async Task A_json_value_that_is_not_an_object_is_answered_400()
    {
        using var response = await _prison.PostMessage(Reception, Json("null"));

        await ValidationErrorsFor(response, "body");
    }

    [Fact]
    public async Task A_message_whose_offender_has_no_identifier_is_answered_400_naming_the_offender()
    {
        using var response = await _prison.PostMessage(Reception, Bodies.Reception(People.NewPncId()).With(b => b["offender"] = new JsonObject()));

        var errors = await ValidationErrorsFor(response, "offender");
        Assert.Contains(errors, e => e.Contains("at least one identifier", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_message_without_an_offender_is_answered_400_naming_the_offender()
    {
        using var response = await _police.PostMessage(PpoSelected, Bodies.PpoSelected(People.NewPncId()).With(b => b.Remove("offender")));

        Assert.Contains("is required", await ValidationErrorsFor(response, "offender"));
    }

    [Theory]
    [InlineData("2004/12X45")]
    [InlineData("0123456B")]
    [InlineData("   ")]
    public async Task A_malformed_pnc_id_is_answered_400_naming_offender_pncId(string pncId)
    {
        using var response = await _prison.PostMessage(Reception, Bodies.Reception(pncId));

        await ValidationErrorsFor(response, "offender.pncId");
    }

    [Fact]
    public async Task A_pnc_id_with_the_wrong_check_character_is_answered_400_naming_offender_pncId()
    {
        var pncId = People.WithWrongCheckCharacter(People.NewPncId());
        using var response = await _police.PostMessage(PpoSelected, Bodies.PpoSelected(pncId));

        var errors = await ValidationErrorsFor(response, "offender.pncId");
        Assert.Contains(errors, e => e.Contains("check character", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("prisonCode", "Leeds")]
    [InlineData("reason", "holiday")]
    [InlineData("receivedAt", "yesterday")]
    public async Task A_field_breaking_the_contract_is_answered_400_naming_it(string field, string value)
    {
        using var response = await _prison.PostMessage(Reception, Bodies.Reception(People.NewPncId()).With(b => b[field] = value));

        await ValidationErrorsFor(response, field);
    }

    [Fact]
    public async Task An_unknown_field_is_answered_400_naming_it()
    {
        using var response = await _prison.PostMessage(Reception, Bodies.Reception(People.NewPncId()).With(b => b["favouriteColour"] = "blue"));

        Assert.Contains("is not a field of this message", await ValidationErrorsFor(response, "favouriteColour"));
    }

    [Fact]
    public async Task A_message_id_that_is_not_a_uuid_is_answered_400_naming_the_header()
    {
        using var response = await _prison.PostMessage(Reception, Json(Bodies.Reception(People.NewPncId()).ToJsonString()), "not-a-uuid");

        await ValidationErrorsFor(response, MessageIdHeader);
    }

    [Fact]
    public async Task An_unknown_message_type_is_answered_404()
    {
        using var response = await _prison.PostMessage("parole-granted", Bodies.Reception(People.NewPncId()));

        var problem = await ProblemOf(response, HttpStatusCode.NotFound);
        Assert.Contains(Reception, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_message_type_the_agency_may_not_send_is_answered_404()
    {
        using var response = await _prison.PostMessage(PpoSelected, Bodies.PpoSelected(People.NewPncId()));

        await ProblemOf(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_answered_413()
    {
        var body = BadRequests.OversizedReception(People.NewPncId());
        Assert.True(body.Length > 64 * 1024);

        using var response = await _prison.PostMessage(Reception, Json(Encoding.UTF8.GetString(body)));

        await ProblemOf(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_answered_413_even_without_a_declared_length()
    {
        using var response = await _prison.PostMessage(Reception, new UnsizedContent(BadRequests.OversizedReception(People.NewPncId())));

        await ProblemOf(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_just_under_the_size_limit_is_still_read()
    {
        // An unknown field, padded to just under 64 KiB: it is read and refused for its content, not its size.
        var body = Bodies.Reception(People.NewPncId()).With(b => b["note"] = "");
        var padding = 64 * 1024 - Encoding.UTF8.GetByteCount(body.ToJsonString()) - 1;
        body["note"] = new string('x', padding);

        using var response = await _prison.PostMessage(Reception, new UnsizedContent(Encoding.UTF8.GetBytes(body.ToJsonString())));

        await ValidationErrorsFor(response, "note");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_body_that_is_not_application_json_is_answered_415(string mediaType)
    {
        using var response = await _prison.PostMessage(Reception, Json(Bodies.Reception(People.NewPncId()).ToJsonString(), mediaType));

        await ProblemOf(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_without_a_content_type_is_answered_415()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Bodies.Reception(People.NewPncId()).ToJsonString()));
        using var response = await _prison.PostMessage(Reception, content);

        await ProblemOf(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_message_id_another_agency_has_used_is_answered_409_though_its_adapter_cannot_see_that_message()
    {
        var messageId = await _police.PostAccepted(PpoSelected, Bodies.PpoSelected(People.NewPncId()));

        using var response = await _prison.PostMessage(Reception, Bodies.Reception(People.NewPncId()), messageId);

        await ProblemOf(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Posts_of_one_message_at_once_under_its_id_store_it_once_with_one_collection_entry_and_another_message_under_it_is_409()
    {
        var messageId = Guid.NewGuid();
        var body = Bodies.Reception(People.NewPncId()).ToJsonString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _prison.PostMessage(Reception, Json(body), messageId.ToString())));
        using var other = await _prison.PostMessage(Reception, Bodies.Reception(People.NewPncId()), messageId);

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Accepted, response.StatusCode));
        await ProblemOf(other, HttpStatusCode.Conflict);
        await using var db = DatabaseSettings.OwnerContext(hub.Database);
        Assert.Single(await db.AuditEntries.Where(e => e.MessageId == messageId && e.Action == AuditAction.MessagePosted).ToListAsync());
        foreach (var response in responses) response.Dispose();
    }
}
