using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Custody;

/// <summary>
/// A prisoner's release date has changed.
/// <para>Sender: prison. Recipients: none; consumed by the hub.</para>
/// <para>The hub reschedules the pre-release notices and any re-selection review for the new date
/// (PPO Strategy Supplementary Annex 2004 §39; docs/domain.md, "Release warning").</para>
/// <para>A new release date before the day it was changed is refused at the edge.</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("release-date-changed", 1,
    Senders = [Agency.Prison],
    Recipients = [],
    Purpose = "release-planning")]
public sealed record ReleaseDateChanged : IAboutOffender, IValidatableObject
{
    /// <summary>The prisoner.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The establishment holding the prisoner.</summary>
    [PrisonCode]
    public required string PrisonCode { get; init; }

    /// <summary>The release date before the change.</summary>
    public required DateOnly PreviousReleaseDate { get; init; }

    /// <summary>The release date now.</summary>
    public required DateOnly NewReleaseDate { get; init; }

    /// <summary>Why the date changed.</summary>
    public required ReleaseDateChangeReason Reason { get; init; }

    /// <summary>When the prison changed the date.</summary>
    public required DateTimeOffset ChangedAt { get; init; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ReleaseDates.Check(NewReleaseDate, "newReleaseDate", ChangedAt, "changedAt");
}
