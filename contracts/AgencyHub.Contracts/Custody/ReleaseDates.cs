using System.ComponentModel.DataAnnotations;

namespace AgencyHub.Contracts.Custody;

/// <summary>
/// What makes a release date impossible: a day already past when the prison recorded it, or a day before the prisoner
/// arrived. Either would schedule pre-release notices for a release that cannot happen
/// (PPO Strategy Supplementary Annex 2004 §39).
/// </summary>
static class ReleaseDates
{
    /// <summary>The problems with <paramref name="releaseDate"/>, named by the fields involved.</summary>
    public static IEnumerable<ValidationResult> Check(DateOnly releaseDate, string releaseField, DateTimeOffset recordedAt,
        string recordedField, DateTimeOffset? receivedAt = null)
    {
        // The sender's own calendar day: a prison recording at 00:30 BST means that day, not the UTC one before.
        var recordedOn = DateOnly.FromDateTime(recordedAt.DateTime);
        if (releaseDate < recordedOn)
            yield return new ValidationResult($"must not be before the day it was recorded ({recordedField} is {recordedOn:yyyy-MM-dd})",
                [releaseField]);
        if (receivedAt is { } received && releaseDate < DateOnly.FromDateTime(received.DateTime))
            yield return new ValidationResult(
                $"must not be before the reception into custody (receivedAt is {DateOnly.FromDateTime(received.DateTime):yyyy-MM-dd})",
                [releaseField]);
    }
}
