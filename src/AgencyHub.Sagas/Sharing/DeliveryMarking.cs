using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Delivery;
using AgencyHub.Contracts.Recall;

namespace AgencyHub.Sagas.Sharing;

/// <summary>
/// Which deliveries the hub marks, and with what (<see cref="DeliveryMark"/>): each rule names a contract, the recipient
/// and what in the message it applies to, and marks the delivery only when its person is a current PPO. A delivery no
/// rule names is never marked, and costs the gate nothing more.
/// </summary>
static class DeliveryMarking
{
    sealed record Rule(Type Contract, Agency Recipient, Func<JsonElement, bool> Applies, DeliveryMark[] Marks);

    static readonly Rule[] Rules =
    [
        // The revocation is the police's request to arrest: a PPO's comes first (PPO Strategy Initial Guidance 2004 §58).
        new(typeof(RecallDecided), Agency.Police,
            message => message.TryGetProperty("decision", out var decision) && decision.GetString() == Wire(RecallDecision.Recalled),
            [DeliveryMark.Ppo, DeliveryMark.Priority]),
    ];

    /// <summary>The marks a delivery of <paramref name="payload"/> to <paramref name="recipient"/> gets if its person is a current PPO; null when none would.</summary>
    public static DeliveryMark[]? For(MessageContractInfo contract, Agency recipient, JsonElement payload) =>
        Rules.FirstOrDefault(rule => rule.Contract == contract.Type && rule.Recipient == recipient && rule.Applies(payload))?.Marks;

    static string? Wire<T>(T value) => JsonSerializer.SerializeToElement(value, ContractJson.Options).GetString();
}
