using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Contracts.Catalogue;

/// <summary>What the catalogue knows of one message type.</summary>
public sealed record MessageContractInfo(
    string Name,
    int Version,
    Type Type,
    IReadOnlyList<Agency> Senders,
    IReadOnlyList<Agency> Recipients,
    string Purpose)
{
    /// <summary>True when <paramref name="agency"/> may post this message.</summary>
    public bool IsSentBy(Agency agency) => Senders.Contains(agency);
}
