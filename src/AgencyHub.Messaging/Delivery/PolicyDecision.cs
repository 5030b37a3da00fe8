namespace AgencyHub.Messaging.Delivery;

/// <summary>The gate's answer for one delivery.</summary>
/// <param name="Allowed">True when a rule covers the delivery.</param>
/// <param name="Rule">The rule that allowed it, or the nearest rule that did not cover it, or <c>none</c>.</param>
/// <param name="Reason">Why, in words an operator can act on.</param>
public sealed record PolicyDecision(bool Allowed, string Rule, string Reason);
