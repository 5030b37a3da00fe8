using AgencyHub.Contracts.Catalogue;
using Microsoft.AspNetCore.Http;

namespace AgencyHub.Adapters.Common.Catalogue;

/// <summary><c>GET /catalogue</c>: the machine-readable catalogue of every message, generated from the contracts.</summary>
public static class CatalogueEndpoint
{
    static readonly Lazy<string> Document = new(CatalogueDocument.Generate);

    /// <summary>The catalogue as JSON.</summary>
    public static IResult Get() => Results.Text(Document.Value, "application/json");
}
