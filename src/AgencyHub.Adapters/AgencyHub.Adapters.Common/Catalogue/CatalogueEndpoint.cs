using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;

namespace AgencyHub.Adapters.Common.Catalogue;

/// <summary>
/// The documents an agency's system integrates from, generated from the contracts and open to anyone:
/// <c>GET /catalogue</c> (every message with its JSON Schema), <c>GET /openapi.json</c> (this adapter's HTTP API) and
/// <c>GET /asyncapi.json</c> (the messages on the broker).
/// </summary>
public static class CatalogueEndpoint
{
    static readonly Lazy<string> Catalogue = new(CatalogueDocument.Generate);
    static readonly Lazy<string> AsyncApi = new(AsyncApiDocument.Generate);

    /// <summary>Maps the three documents for <paramref name="agency"/>'s adapter.</summary>
    public static void Map(IEndpointRouteBuilder routes, Agency agency)
    {
        var openApi = new Lazy<string>(() => OpenApiDocument.Generate(agency));
        routes.MapGet("/catalogue", () => Results.Text(Catalogue.Value, "application/json"));
        routes.MapGet("/openapi.json", () => Results.Text(openApi.Value, "application/json"));
        routes.MapGet("/asyncapi.json", () => Results.Text(AsyncApi.Value, "application/json"));
    }
}
