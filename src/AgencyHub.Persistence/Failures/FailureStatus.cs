namespace AgencyHub.Persistence.Failures;

/// <summary>Where an operator's work on a <see cref="FailedMessage"/> stands.</summary>
public enum FailureStatus
{
    /// <summary>Waiting for an operator.</summary>
    Failed,

    /// <summary>An operator asked for a replay, which the hub (or the relay's adapter) is about to make.</summary>
    ReplayRequested,

    /// <summary>Sent again (through the gate, for a delivery); should it fail again, it is <see cref="Failed"/> again.</summary>
    Replayed,

    /// <summary>Discarded by an operator, with their reason.</summary>
    Discarded,

    /// <summary>Found applied already when it reached the store (its inbox row was committed): it can never be replayed.</summary>
    AlreadyApplied,
}

/// <summary>Statuses as operators name them (<c>failed</c>, <c>replayRequested</c>…), for the admin API and the command.</summary>
public static class FailureStatuses
{
    /// <summary>Every status's name, as JSON writes it.</summary>
    public static string Names { get; } = string.Join(", ", Enum.GetNames<FailureStatus>().Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>Reads <paramref name="text"/> as a status, in any case; false when it names none.</summary>
    public static bool TryParse(string text, out FailureStatus status) =>
        Enum.TryParse(text, ignoreCase: true, out status) && Enum.IsDefined(status);
}
