namespace AgencyHub.Sagas.Sharing;

/// <summary>An operator asks for a held delivery to be run through the gate again (sent to <see cref="HeldDeliveryRelease.Queue"/>).</summary>
/// <param name="DeliveryId">The held delivery.</param>
/// <param name="Operator">Who asks, as their staff key names them.</param>
/// <param name="Justification">Why, as they gave it.</param>
public sealed record ReleaseHeldDelivery(Guid DeliveryId, string Operator, string Justification);
