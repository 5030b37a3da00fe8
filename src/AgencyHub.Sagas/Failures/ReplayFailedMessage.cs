namespace AgencyHub.Sagas.Failures;

/// <summary>Makes a replay an operator asked for (sent to <see cref="FailedMessageReplay.Queue"/> by <see cref="FailedMessageReplays"/>).</summary>
/// <param name="FailureId">The failed message, in <c>ReplayRequested</c>.</param>
public sealed record ReplayFailedMessage(Guid FailureId);
