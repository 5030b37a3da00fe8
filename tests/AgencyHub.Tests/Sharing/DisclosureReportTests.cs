using System.Net;
using System.Text.Json.Nodes;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Audit;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Sharing;

/// <summary>An agency's report of who received its data, from the audit trail, as JSON and CSV; reading it is recorded.</summary>
public sealed class DisclosureReportTests : IAsyncLifetime
{
    AllInOneClient _hub = null!;

    public async Task InitializeAsync() => _hub = await AllInOneClient.Start();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task The_police_see_who_received_their_selection_under_which_agreement_and_why_in_json_and_csv()
    {
        await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(72)));
        await _hub.WaitForItem(Agency.Prison, "ppo-selected");
        await Poll.Until(async () => (await Disclosures("sender=police")).Count >= 4, () => "the selection's four disclosures");

        var report = await Disclosures("sender=police");

        Assert.Equal(["courts", "cps", "prison", "probation"], report.Select(d => (string)d!["recipient"]!).Order());
        Assert.All(report, d => Assert.Equal(("ppo-selected", "pnc:" + Pnc(72)), ((string?)d!["messageType"], (string?)d["personReference"])));
        Assert.All(report, d => Assert.StartsWith("ppo-list@", (string?)d!["agreement"]));
        Assert.Empty(await Disclosures("sender=prison"));
        var csv = await _hub.Http.GetAsync("/admin/reports/disclosures?sender=police&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at,recipient,messageType,personReference,agreement,purpose,messageId", lines[0]);
        Assert.Equal(report.Count, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains(",prison,ppo-selected,pnc:" + Pnc(72) + ",ppo-list@"));
        var longAgo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-60).ToString("yyyy-MM-dd");
        Assert.Empty(await Disclosures($"sender=police&from={longAgo}&to={longAgo}"));

        var readings = await _hub.Query(db => db.AuditEntries.Where(e => e.Action == AuditAction.DisclosuresReported).ToListAsync());
        Assert.Contains(readings, e => e.Actor == "development key (all-in-one host)" && e.Detail!.StartsWith("disclosures of police's data"));
    }

    [Theory]
    [InlineData("sender=mi5", "sender")]
    [InlineData("", "sender")]
    [InlineData("sender=police&from=2026-13-01", "from")]
    [InlineData("sender=police&from=2026-12-01&to=2026-11-01", "from")]
    [InlineData("sender=police&format=xml", "format")]
    public async Task A_bad_request_is_a_400_naming_the_field(string query, string field)
    {
        var response = await _hub.Http.GetAsync($"/admin/reports/disclosures?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject().Select(e => e.Key));
    }

    async Task<JsonArray> Disclosures(string query) =>
        JsonNode.Parse(await _hub.Http.GetStringAsync($"/admin/reports/disclosures?{query}"))!["disclosures"]!.AsArray();
}
