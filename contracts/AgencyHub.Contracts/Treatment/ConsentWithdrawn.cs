using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Treatment;

/// <summary>
/// An offender has withdrawn consent for the CJIT to share health information with some or all agencies for a
/// purpose (PPO Strategy Supplementary Annex 2004 §55).
/// <para>Sender: CJIT. Recipients: none; consumed by the hub.</para>
/// <para>The hub stops delivering the CJIT's health messages for <see cref="Purpose"/> to the agencies in
/// <see cref="Recipients"/> at once; messages already delivered are not recalled.</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("consent-withdrawn", 1,
    Senders = [Agency.Cjit],
    Recipients = [],
    Purpose = "drug-treatment")]
public sealed record ConsentWithdrawn : IAboutOffender
{
    /// <summary>Who withdrew consent.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The agencies the offender no longer agrees may receive the information.</summary>
    [MinLength(1, ErrorMessage = "must name at least one agency")]
    public required IReadOnlyList<Agency> Recipients { get; init; }

    /// <summary>The purpose the withdrawal covers, as named in the contracts, e.g. <c>drug-treatment</c>.</summary>
    [StringLength(40)]
    public required string Purpose { get; init; }

    /// <summary>
    /// The kinds of health data the withdrawal covers, as contract names sent by the CJIT (e.g. <c>drug-test-result</c>);
    /// absent: every CJIT message for <see cref="Purpose"/>.
    /// </summary>
    [CjitMessageTypes]
    public IReadOnlyList<string>? MessageTypes { get; init; }

    /// <summary>When the offender withdrew consent.</summary>
    public required DateTimeOffset WithdrawnAt { get; init; }
}
