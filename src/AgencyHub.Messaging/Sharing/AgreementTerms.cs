using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Messaging.Sharing;

/// <summary>
/// What the partners to a data-sharing agreement agreed: who they are, the legal basis and purposes of the sharing,
/// the schemes it serves and, for each flow of messages, who sends what to whom, which fields each recipient receives
/// and what must hold about the person at the moment of delivery. Sharing rests on s115 Crime and Disorder Act 1998
/// and the Data Protection Act under a protocol agreed locally, police leading (PPO Strategy Initial Guidance 2004
/// §58; PPO Strategy Supplementary Annex 2004 §6); what is shared "must be the minimum required and its purpose must be
/// clearly expressed" (PPO Strategy Supplementary Annex 2004 §55).
/// </summary>
public sealed record AgreementTerms
{
    /// <summary>A title people recognise, e.g. "Custody and release information for PPO management".</summary>
    public required string Title { get; init; }

    /// <summary>The agencies that signed it.</summary>
    public required IReadOnlyList<Agency> Parties { get; init; }

    /// <summary>The law the sharing rests on.</summary>
    public required string LegalBasis { get; init; }

    /// <summary>The purposes the sharing is for, as the contracts name them (e.g. <c>offender-management</c>).</summary>
    public required IReadOnlyList<string> Purposes { get; init; }

    /// <summary>The PPO schemes (codes) whose people a <c>current-ppo</c> condition accepts; empty: any scheme the hub serves.</summary>
    public IReadOnlyList<string> Schemes { get; init; } = [];

    /// <summary>The flows of messages it covers.</summary>
    public required IReadOnlyList<AgreementFlow> Flows { get; init; }

    /// <summary>The first day deliveries may rest on it.</summary>
    public DateOnly StartsOn { get; init; }

    /// <summary>The day the partners review it; deliveries under it stop from that day until it is renewed.</summary>
    public DateOnly ReviewOn { get; init; }
}

/// <summary>One direction of sharing: <see cref="Sender"/> sends these types to these recipients, when the conditions hold.</summary>
public sealed record AgreementFlow
{
    /// <summary>The sending agency, or <c>hub</c> for what the hub raises itself (alerts, notices, escalations).</summary>
    public required Agency Sender { get; init; }

    /// <summary>The contracts covered, by name.</summary>
    public required IReadOnlyList<string> MessageTypes { get; init; }

    /// <summary>What must hold about the person the message is about, every one, at the moment of delivery.</summary>
    public IReadOnlyList<PersonCondition> Conditions { get; init; } = [];

    /// <summary>Who receives the messages, each with the fields it may have.</summary>
    public required IReadOnlyList<RecipientTerms> Recipients { get; init; }
}

/// <summary>A recipient of a flow and the fields of each message it receives: nothing else is in its copy.</summary>
public sealed record RecipientTerms
{
    /// <summary>The receiving agency.</summary>
    public required Agency Agency { get; init; }

    /// <summary>
    /// The fields it receives, as paths in the contract's JSON (<c>offender</c>, <c>offender.pncId</c>,
    /// <c>charges.offenceCode</c>): a field names itself and everything under it.
    /// </summary>
    public required IReadOnlyList<string> Fields { get; init; }
}
