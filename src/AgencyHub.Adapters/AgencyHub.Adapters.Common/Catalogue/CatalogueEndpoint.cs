using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Time;
using AgencyHub.Persistence.Sharing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;

namespace AgencyHub.Adapters.Common.Catalogue;

/// <summary>
/// The documents an agency's system integrates from, generated from the contracts and open to anyone:
/// <c>GET /catalogue</c> (every message with its JSON Schema and, under the data-sharing agreements in force today, the
/// fields each recipient gets), <c>GET /openapi.json</c> (this adapter's HTTP API) and <c>GET /asyncapi.json</c> (the
/// messages on the broker).
/// </summary>
public static class CatalogueEndpoint
{
    static readonly Lazy<string> AsyncApi = new(AsyncApiDocument.Generate);

    /// <summary>Maps the three documents for <paramref name="agency"/>'s adapter.</summary>
    public static void Map(IEndpointRouteBuilder routes, Agency agency)
    {
        var openApi = new Lazy<string>(() => OpenApiDocument.Generate(agency));
        routes.MapGet("/catalogue", async (AgreementStore agreements, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var book = await agreements.Book(cancellationToken);
            var today = UkTime.DayOf(clock.GetUtcNow());
            return Results.Text(CatalogueDocument.Generate(contract => book.FieldsOf(contract, today)), "application/json");
        });
        routes.MapGet("/openapi.json", () => Results.Text(openApi.Value, "application/json"));
        routes.MapGet("/asyncapi.json", () => Results.Text(AsyncApi.Value, "application/json"));
    }
}
