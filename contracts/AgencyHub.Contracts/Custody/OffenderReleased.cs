using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Custody;

/// <summary>
/// A prisoner has actually been released.
/// <para>Sender: prison. Recipients: police (PPO Strategy Supplementary Annex 2004 §39), probation, CJIT (through-care)
/// and YOT, as the delivery policy allows (docs/domain.md, "Release warning").</para>
/// <para>The hub closes its custody record for the person.</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("offender-released", 1,
    Senders = [Agency.Prison],
    Recipients = [Agency.Police, Agency.Probation, Agency.Cjit, Agency.Yot],
    Purpose = "offender-management")]
public sealed record OffenderReleased : IAboutOffender
{
    /// <summary>Who was released.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The releasing establishment.</summary>
    [PrisonCode]
    public required string PrisonCode { get; init; }

    /// <summary>True when released on licence (and so liable to recall).</summary>
    public required bool OnLicence { get; init; }

    /// <summary>When the person left the prison.</summary>
    public required DateTimeOffset ReleasedAt { get; init; }
}
