using System.Text.Json.Serialization;

namespace AgencyHub.Messaging.Sharing;

/// <summary>What an agreement's flow may require of the person a message is about, checked at the moment of delivery.</summary>
public enum PersonCondition
{
    /// <summary>The person is a current PPO of one of the agreement's schemes (selected, not de-selected or moved away).</summary>
    [JsonStringEnumMemberName("current-ppo")]
    CurrentPpo,

    /// <summary>The person is under 18 on the day of delivery, by a date of birth the hub has been given.</summary>
    [JsonStringEnumMemberName("under-18")]
    UnderEighteen,

    /// <summary>
    /// The person's informed consent is in force for the recipient, the message type and the purpose (PPO Strategy
    /// Supplementary Annex 2004 §55: CJIT health information is shared only with it).
    /// </summary>
    [JsonStringEnumMemberName("consent")]
    Consent,
}
