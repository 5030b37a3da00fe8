using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Contracts.Catalogue;

/// <summary>What the catalogue knows of one message type.</summary>
public sealed record MessageContractInfo(
    string Name,
    int Version,
    Type Type,
    IReadOnlyList<Agency> Senders,
    IReadOnlyList<Agency> Recipients,
    string Purpose,
    string Route)
{
    /// <summary>The route of the ingress API, where every message that is not a request is posted.</summary>
    public static string IngressRoute(string name) => $"/messages/{name}";

    /// <summary>True when the message is posted to the ingress API rather than to a route that answers at once.</summary>
    public bool IsPostedToIngress => Route == IngressRoute(Name);

    /// <summary>True when <paramref name="agency"/> may post this message.</summary>
    public bool IsSentBy(Agency agency) => Senders.Contains(agency);
}
