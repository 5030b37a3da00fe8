using System.Text.Json.Nodes;
using System.Net;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.IntegrationTests.Support;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// <c>GET /catalogue</c> on every adapter host: the catalogue generated from the contracts, with the fields each recipient
/// gets under the agreements in force (read from the database with the adapter's own role).
/// </summary>
[Collection(HubCollection.Name)]
public sealed class CatalogueEndpointTests(HubOnRabbitMq hub)
{
    public static TheoryData<Agency> Agencies => [.. AgencyNames.Partners];

    [Theory]
    [MemberData(nameof(Agencies))]
    public async Task Every_adapter_host_serves_the_catalogue_generated_from_the_contracts(Agency agency)
    {
        using var response = await hub.Adapter(agency).GetAsync("/catalogue");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var served = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["messages"]!.AsArray();
        var published = JsonNode.Parse(CatalogueDocument.Generate())!["messages"]!.AsArray();
        Assert.Equal(published.Select(m => m!["schema"]!.ToJsonString()), served.Select(m => m!["schema"]!.ToJsonString()));
        var alert = served.Single(m => (string?)m!["name"] == "ppo-reception-alert")!["fieldsByRecipient"]!.AsObject();
        Assert.Equal(["prison"], alert.Select(r => r.Key));
    }
}
