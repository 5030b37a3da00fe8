using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Courts;
using AgencyHub.Contracts.Delivery;
using AgencyHub.Contracts.Prosecution;
using AgencyHub.Contracts.Recall;

namespace AgencyHub.Sagas.Sharing;

/// <summary>
/// Which deliveries the hub marks, and with what (<see cref="DeliveryMark"/>): each rule names contracts, recipients
/// and, where it matters, what in the message it applies to, and marks the delivery only when its person is a current
/// PPO. A delivery no rule names is never marked, and costs the gate nothing more.
/// </summary>
static class DeliveryMarking
{
    sealed record Rule(Type[] Contracts, Agency[] Recipients, Func<JsonElement, bool> Applies, DeliveryMark[] Marks);

    static readonly Rule[] Rules =
    [
        // The CJS Premium Service: every case the police send the CPS about a PPO carries the flag (PPO Strategy Initial
        // Guidance 2004, Annex D).
        new([typeof(OffenderArrested), typeof(OffenderCharged), typeof(PreChargeAdviceRequested), typeof(NfaConsultationRequested)],
            [Agency.Cps], _ => true, [DeliveryMark.Ppo]),
        // "Court administration will flag all orders … in all PPO cases" (Annex D).
        new([typeof(OrderFlagged), typeof(SentenceOutcome)], [Agency.Prison, Agency.Probation, Agency.Yot], _ => true, [DeliveryMark.Ppo]),
        // PPO warrants come first (Annex D), and a revocation is the police's request to arrest (§58).
        new([typeof(WarrantIssued)], [Agency.Police], _ => true, [DeliveryMark.Ppo, DeliveryMark.Priority]),
        new([typeof(RecallDecided)], [Agency.Police],
            message => message.TryGetProperty("decision", out var decision) && decision.GetString() == Wire(RecallDecision.Recalled),
            [DeliveryMark.Ppo, DeliveryMark.Priority]),
    ];

    /// <summary>The marks a delivery of <paramref name="payload"/> to <paramref name="recipient"/> gets if its person is a current PPO; null when none would.</summary>
    public static DeliveryMark[]? For(MessageContractInfo contract, Agency recipient, JsonElement payload) =>
        Rules.FirstOrDefault(rule => rule.Contracts.Contains(contract.Type) && rule.Recipients.Contains(recipient) && rule.Applies(payload))?.Marks;

    static string? Wire<T>(T value) => JsonSerializer.SerializeToElement(value, ContractJson.Options).GetString();
}
