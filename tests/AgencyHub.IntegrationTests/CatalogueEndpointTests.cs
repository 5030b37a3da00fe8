using System.Net;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.IntegrationTests.Support;

namespace AgencyHub.IntegrationTests;

/// <summary><c>GET /catalogue</c> on every adapter host: the catalogue generated from the contracts.</summary>
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
        Assert.Equal(CatalogueDocument.Generate(), await response.Content.ReadAsStringAsync());
    }
}
