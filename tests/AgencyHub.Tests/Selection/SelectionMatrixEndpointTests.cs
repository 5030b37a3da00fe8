using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Selection;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static AgencyHub.Tests.Support.Candidates;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Selection;

/// <summary><c>POST /selection-matrix/score</c> on the police adapter, through the all-in-one host and on its own.</summary>
public sealed class SelectionMatrixEndpointTests : IAsyncLifetime
{
    const string Score = "/agencies/police/selection-matrix/score";

    AllInOneClient _hub = null!;

    public async Task InitializeAsync() => _hub = await AllInOneClient.Start(clock: new FixedClock(Now));

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    Task<HttpResponseMessage> Post(object candidate, string path = Score) => PostRaw(JsonSerializer.Serialize(candidate, ContractJson.Options), path);

    Task<HttpResponseMessage> PostRaw(string body, string path = Score) =>
        _hub.Http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

    static async Task<JsonObject> Errors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
    }

    [Fact]
    public async Task A_candidate_is_scored_with_its_breakdown()
    {
        var response = await Post(DwellingBurglar());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var scored = (await response.Content.ReadFromJsonAsync<SelectionCandidateScored>(ContractJson.Options))!;
        Assert.NotEqual(Guid.Empty, scored.ScoreId);
        Assert.Equal(("CDRP-LEEDS", 56m, "annex-c-example-1", Now), (scored.SchemeCode, scored.Total, scored.MatrixVersion, scored.ScoredAt));
        Assert.Equal(["offence:burglary-dwelling:series", "serial-offender", "impact", "factor:drug-dependent-tested", "arrests", "intelligence"],
            scored.Lines.Select(l => l.Element).ToArray());
        Assert.Equal((EvidenceBasis.Convicted, "PNC conviction 2026-03-12", 30m), (scored.Lines[0].Basis, scored.Lines[0].Source, scored.Lines[0].Score));
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"basis\":\"convicted\"", json);
        Assert.Contains("\"total\":56,", json);

        // On record for the audit trail (PPO Strategy Initial Guidance 2004, Annex C §13): what was scored, how.
        var stored = await _hub.Query(db => db.SelectionScores.SingleAsync(s => s.ScoreId == scored.ScoreId));
        Assert.Equal(("CDRP-LEEDS", 56m, "annex-c-example-1", Now), (stored.SchemeCode, stored.Total, stored.MatrixVersion, stored.ScoredAt));
        Assert.Equal(scored.Lines, JsonSerializer.Deserialize<List<MatrixScoreLine>>(stored.Lines, ContractJson.Options));
        Assert.Contains("PNC conviction 2026-03-12", stored.Candidate);
    }

    [Fact]
    public async Task A_low_scoring_candidate_is_scored_too()
    {
        var response = await Post(PettyThief());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4m, (await response.Content.ReadFromJsonAsync<SelectionCandidateScored>(ContractJson.Options))!.Total);
    }

    [Fact]
    public async Task An_offence_without_a_source_is_a_400_naming_it()
    {
        var blank = DwellingBurglar() with { Offences = [.. DwellingBurglar().Offences, Offence("robbery", EvidenceBasis.Suspected, "  ")] };
        Assert.Equal(["offences[1].source"], (await Errors(await Post(blank))).Select(e => e.Key).ToArray());

        var missing = JsonSerializer.SerializeToNode(PettyThief(), ContractJson.Options)!;
        missing["offences"]![0]!.AsObject().Remove("source");
        var errors = await Errors(await PostRaw(missing.ToJsonString()));
        Assert.Equal("is required", (string?)errors["offences[0].source"]![0]);
    }

    [Fact]
    public async Task A_null_item_is_a_400_naming_it()
    {
        var body = JsonSerializer.SerializeToNode(PettyThief(), ContractJson.Options)!;
        body["factors"] = JsonNode.Parse("[null]");

        var error = Assert.Single(await Errors(await PostRaw(body.ToJsonString())));
        Assert.Equal(("factors[0]", "must not be null"), (error.Key, (string?)error.Value![0]));
    }

    [Fact]
    public async Task An_offence_the_matrix_does_not_list_is_a_400_naming_it()
    {
        var candidate = PettyThief() with { Offences = [Offence("jaywalking", EvidenceBasis.Convicted, "PNC conviction 2026-02-01")] };

        var errors = await Errors(await Post(candidate));

        Assert.Contains("'jaywalking' is not in the selection matrix", (string?)errors["offences[0].offence"]![0]);
    }

    [Fact]
    public async Task Only_the_police_adapter_scores()
    {
        var response = await Post(PettyThief(), "/agencies/prison/selection-matrix/score");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_separate_police_adapter_answers_503_when_the_hub_does_not_answer()
    {
        // The police adapter on its own, with no hub on its (in-memory) bus to answer.
        await using var police = AdapterHost.Create(Agency.Police, [], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bus:Transport"] = "InMemory",
                ["Persistence:ConnectionString"] = TestDatabase.NewSqliteFile(),
                ["Agencies:police:PublishTimeout"] = "00:00:00.200",
                ["Logging:LogLevel:Default"] = "None",
            });
        });
        await police.StartAsync();
        var key = await police.Services.GetRequiredService<ApiKeyStore>()
            .Create("police", "Leeds PPO team system", DateTimeOffset.UtcNow.AddDays(1), "test", CancellationToken.None);
        var client = police.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);

        var response = await client.PostAsync("/selection-matrix/score",
            new StringContent(JsonSerializer.Serialize(PettyThief(), ContractJson.Options), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task An_invalid_matrix_file_stops_start_up_with_its_reasons()
    {
        var file = Path.Combine(Path.GetTempPath(), $"selection-matrix-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{"version":"broken","default":{}}""");
        try
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                AllInOneClient.Start(new Dictionary<string, string?> { ["SelectionMatrix:Path"] = file }));
            Assert.Contains("default.offences: at least one offence is required", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
