using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Tests.Support;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Ingress;

/// <summary>What the edge refuses, naming the field, and what merely looks odd but is data.</summary>
public sealed class StrictEdgeTests : IAsyncLifetime
{
    AllInOneClient _hub = null!;

    public async Task InitializeAsync() => _hub = await AllInOneClient.Start(clock: new FixedClock(Now));

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    static JsonObject SelectionJson(int serial = 1) => JsonSerializer.SerializeToNode(Selected(ByPnc(serial)), ContractJson.Options)!.AsObject();

    async Task<Dictionary<string, string[]>> Refused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return problem["errors"]!.AsObject().ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => (string)m!).ToArray());
    }

    Task<HttpResponseMessage> PostSelection(string body, Guid? id = null) => _hub.PostRaw(Agency.Police, "ppo-selected", body, messageId: id);

    [Fact]
    public async Task A_field_given_twice_is_refused_by_its_path()
    {
        var body = SelectionJson().ToJsonString().Replace("\"pncId\":", "\"pncId\":\"2004/0000001Z\",\"pncId\":");

        var errors = await Refused(await PostSelection(body));

        Assert.Equal(["is given more than once"], errors["offender.pncId"]);
    }

    [Fact]
    public async Task A_date_and_time_without_an_offset_is_refused()
    {
        var body = SelectionJson();
        body["selectedAt"] = "2026-11-20T10:00:00";

        var errors = await Refused(await PostSelection(body.ToJsonString()));

        Assert.Equal(["must be a date and time with offset, e.g. 2026-11-23T09:30:00Z"], errors["selectedAt"]);
    }

    [Fact]
    public async Task An_event_time_beyond_the_tolerance_is_refused_and_one_within_it_accepted()
    {
        var late = Reception(ByPnc(2)) with { ReceivedAt = Now.AddMinutes(6) };
        var slightlyAhead = Reception(ByPnc(3)) with { ReceivedAt = Now.AddMinutes(4) };

        var errors = await Refused(await _hub.Post(Agency.Prison, "reception-into-custody", late));
        var accepted = await _hub.Post(Agency.Prison, "reception-into-custody", slightlyAhead);

        Assert.StartsWith("is in the future", Assert.Single(errors["receivedAt"]));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }

    [Theory]
    [InlineData("leadOfficer.name", "DC Jane\u0007 Smith")]
    [InlineData("leadOfficer.name", "DC Jane\nSmith")]
    [InlineData("selectionReason", "Burglary\u0000")]
    [InlineData("selectionReason", "Burglary \u202eseires")]
    [InlineData("scheme.code", "CDRP-\u2066LEEDS")]
    public async Task Control_and_bidirectional_characters_are_refused(string field, string value)
    {
        var body = SelectionJson();
        var (parent, name) = field.Contains('.') ? (body[field.Split('.')[0]]!.AsObject(), field.Split('.')[1]) : (body, field);
        parent[name] = value;

        var errors = await Refused(await PostSelection(body.ToJsonString()));

        Assert.Contains("must not contain", Assert.Single(errors[field]));
    }

    [Fact]
    public async Task Names_and_text_that_merely_look_odd_are_data_stored_verbatim_and_escaped_where_shown()
    {
        var body = SelectionJson(4);
        const string name = "Siân O'Brien-Llŷr";
        const string reason = "Line one\n\t'; DROP TABLE people; -- <script>alert('x')</script> Ünïcödé";
        body["leadOfficer"]!["name"] = name;
        body["selectionReason"] = reason;

        var response = await PostSelection(body.ToJsonString());
        var item = await _hub.WaitForItem(Agency.Prison, "ppo-selected", payload => (string?)payload["leadOfficer"]!["name"] == name);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(reason, (string?)item["payload"]!["selectionReason"]);
    }

    [Fact]
    public async Task The_same_id_with_another_body_is_409_even_after_publishing_and_the_same_body_is_202_with_the_id()
    {
        var id = Guid.NewGuid();
        var body = SelectionJson(5);
        Assert.Equal(HttpStatusCode.Accepted, (await PostSelection(body.ToJsonString(), id)).StatusCode);
        await _hub.WaitForItem(Agency.Prison, "ppo-selected", payload => (string?)payload["offender"]!["pncId"] == Pnc(5));

        var again = await PostSelection(body.ToJsonString(), id);
        body["selectionReason"] = "Something else";
        var different = await PostSelection(body.ToJsonString(), id);

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(id.ToString(), (string?)(await again.Content.ReadFromJsonAsync<JsonObject>())!["messageId"]);
        Assert.Equal(HttpStatusCode.Conflict, different.StatusCode);
    }

    [Theory]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=0", "limit")]
    [InlineData("wait=soon", "wait")]
    [InlineData("wait=-1", "wait")]
    [InlineData("after=-3", "after")]
    public async Task A_feed_parameter_of_the_wrong_type_is_refused_by_name(string query, string parameter)
    {
        var errors = await Refused(await _hub.Http.GetAsync($"/agencies/prison/feed?{query}"));
        Assert.Equal([parameter], errors.Keys);
    }

    [Fact]
    public async Task An_acknowledgement_with_an_unknown_field_is_400_and_an_oversized_one_413()
    {
        var unknown = await _hub.Http.PostAsync("/agencies/prison/feed/ack",
            new StringContent("""{"cursor":"0","everything":true}""", Encoding.UTF8, "application/json"));
        var oversized = await _hub.Http.PostAsync("/agencies/prison/feed/ack",
            new StringContent($$"""{"cursor":"0","pad":"{{new string('x', 2000)}}"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(["everything"], (await Refused(unknown)).Keys);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
    }
}
