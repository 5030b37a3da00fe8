using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Contracts.Catalogue;

/// <summary>
/// Declares a record as a hub message: its wire name, version, who sends it, who may receive it and why.
/// The catalogue (<c>contracts/catalogue.json</c>, served at <c>GET /catalogue</c>) is generated from these.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MessageContractAttribute(string name, int version) : Attribute
{
    /// <summary>Stable kebab-case name used in ingress routes and the catalogue, e.g. <c>ppo-selected</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Contract version; see contracts/VERSIONING.md.</summary>
    public int Version { get; } = version;

    /// <summary>Agencies that may post this message to their adapter (or <see cref="Agency.Hub"/> for hub-raised messages).</summary>
    public Agency[] Senders { get; init; } = [];

    /// <summary>Agencies that may receive it, subject to the delivery policy. Empty: consumed by the hub only.</summary>
    public Agency[] Recipients { get; init; } = [];

    /// <summary>Why the message is shared: the purpose the delivery policy checks
    /// (PPO Strategy Supplementary Annex 2004 §55).</summary>
    public string Purpose { get; init; } = "";

    /// <summary>
    /// Where the sender posts it on its adapter, for a request the hub answers at once (e.g. a selection-matrix
    /// score). Unset: <c>POST /messages/{name}</c>, answered 202 and delivered later.
    /// </summary>
    public string? Route { get; init; }
}
