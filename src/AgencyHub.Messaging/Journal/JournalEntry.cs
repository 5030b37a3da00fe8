using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Messaging.Journal;

/// <summary>One thing that happened to a message, as shown on the operators' page.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Kind">Accepted at an adapter, delivered to a feed, blocked by the policy, an identity conflict, or unmatched.</param>
/// <param name="MessageId">The message or delivery id.</param>
/// <param name="MessageType">Contract name.</param>
/// <param name="From">The sending agency.</param>
/// <param name="To">The recipient agency, for deliveries.</param>
/// <param name="Detail">Rule, reason or other note. Never personal data.</param>
public sealed record JournalEntry(
    DateTimeOffset At, JournalEntryKind Kind, Guid MessageId, string MessageType, Agency From, Agency? To, string Detail);

/// <summary>What a journal entry records.</summary>
public enum JournalEntryKind
{
    /// <summary>An adapter accepted a message from its agency.</summary>
    Accepted,
    /// <summary>The gate allowed a delivery to an agency's feed.</summary>
    Delivered,
    /// <summary>The gate blocked a delivery.</summary>
    Blocked,
    /// <summary>The hub refused to match a person because identifiers conflict.</summary>
    IdentityConflict,
    /// <summary>A message referred to something the hub does not hold, e.g. an acknowledgement of an unknown notice.</summary>
    Unmatched,
}
