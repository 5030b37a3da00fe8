namespace AgencyHub.Sagas.Cases;

/// <summary>What the case book decided for one message: notices for the holding prison, or an identity conflict.</summary>
/// <param name="Conflict">Why the message could not be matched to one person; null when it was.</param>
/// <param name="PrisonNotices">Alerts to deliver to the prison, each keyed by scheme code.</param>
public sealed record CaseOutcome(string? Conflict, IReadOnlyList<(string Key, object Message)> PrisonNotices)
{
    /// <summary>Nothing to send.</summary>
    public static CaseOutcome None { get; } = new(null, []);

    /// <summary>Refused: the identifiers conflict.</summary>
    public static CaseOutcome Conflicting(string conflict) => new(conflict, []);
}
