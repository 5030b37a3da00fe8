namespace AgencyHub.Contracts.Delivery;

/// <summary>
/// What the hub marks on a delivery in the recipient's feed, beside the message itself, so the recipient's system can
/// put it first: the contract message stays as its sender wrote it.
/// </summary>
public enum DeliveryMark
{
    /// <summary>The person is a current PPO (the PPO flag: PPO Strategy Initial Guidance 2004, Annex D).</summary>
    Ppo,

    /// <summary>
    /// To be acted on before other work: a PPO's recall to be enforced (PPO Strategy Initial Guidance 2004 §58: "a very
    /// swift return to the courts", §12).
    /// </summary>
    Priority,
}
