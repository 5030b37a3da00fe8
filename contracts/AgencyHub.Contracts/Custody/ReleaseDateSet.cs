using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Custody;

/// <summary>
/// A prison has calculated a prisoner's release date.
/// <para>Sender: prison. Recipients: none; consumed by the hub.</para>
/// <para>For a current PPO the hub schedules the pre-release notices to the home police force
/// (<see cref="Release.PreReleaseNotice"/>; PPO Strategy Supplementary Annex 2004 §39;
/// PPO Strategy Initial Guidance 2004, Annex E); for a PPO de-selected on a long sentence it schedules the re-selection
/// review three months before release (Offender Management Update 2009 §5.2, criterion 3).</para>
/// <para>A release date before the day it was set, or before the prisoner's reception, is refused at the edge.</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("release-date-set", 1,
    Senders = [Agency.Prison],
    Recipients = [],
    Purpose = "release-planning")]
public sealed record ReleaseDateSet : IAboutOffender, IValidatableObject
{
    /// <summary>The prisoner.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The establishment holding the prisoner.</summary>
    [PrisonCode]
    public required string PrisonCode { get; init; }

    /// <summary>When the prisoner was received into custody for the stay this release ends.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The day the prisoner is due to be released.</summary>
    public required DateOnly ReleaseDate { get; init; }

    /// <summary>When the prison set the date.</summary>
    public required DateTimeOffset SetAt { get; init; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ReleaseDates.Check(ReleaseDate, "releaseDate", SetAt, "setAt", ReceivedAt);
}
