namespace AgencyHub.Messaging.Validation;

/// <summary>
/// A failure that retrying cannot cure (a broken contract, an unknown sender): the message goes straight to its
/// endpoint's error queue, where an operator can inspect it, and the endpoint carries on with the next one.
/// </summary>
public abstract class PermanentMessageFailure(string message) : Exception(message);
