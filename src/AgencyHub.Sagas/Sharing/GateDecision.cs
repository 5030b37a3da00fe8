using AgencyHub.Messaging.Sharing;

namespace AgencyHub.Sagas.Sharing;

/// <summary>The gate's answer for one delivery: the terms it is delivered under, or why it is held.</summary>
/// <param name="Terms">The agreement's flow and recipient terms that allowed it; null when it is held.</param>
/// <param name="Agreement">The agreement it rests on, or the one nearest to covering it (id@version); null when none would.</param>
/// <param name="Condition">The condition on the person that failed, when that is why it is held.</param>
/// <param name="Reason">Why, in words an operator can act on and without personal data.</param>
public sealed record GateDecision(CoveringTerms? Terms, string? Agreement, PersonCondition? Condition, string Reason)
{
    /// <summary>True when the delivery goes ahead.</summary>
    public bool Allowed => Terms is not null;
}
