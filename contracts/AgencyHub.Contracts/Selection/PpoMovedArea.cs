using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Selection;

/// <summary>
/// A PPO has moved from one scheme's area to another's (PPO Strategy Supplementary Annex 2004 §9, §23: PPOs who move
/// area are managed between schemes and forces).
/// <para>Sender: police (the scheme the person left). Recipients: CPS, courts, prison, probation and, for a juvenile,
/// the YOT, so that every partner knows which scheme now leads (PPO Strategy Initial Guidance 2004 §10).</para>
/// <para>The receiving scheme considers the person for selection under its own policy; the sending scheme de-selects
/// with a <see cref="PpoDeselected"/> on <see cref="DeselectionCriterion.MovedArea"/>
/// (Offender Management Update 2009 §5.2, criterion 2).</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("ppo-moved-area", 1,
    Senders = [Agency.Police],
    Recipients = [Agency.Cps, Agency.Courts, Agency.Prison, Agency.Probation, Agency.Yot],
    Purpose = "ppo-management")]
public sealed record PpoMovedArea : IAboutOffender
{
    /// <summary>Who has moved.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The scheme whose area the person has left.</summary>
    public required SchemeReference FromScheme { get; init; }

    /// <summary>The scheme whose area the person now lives in, which is to be informed
    /// (Offender Management Update 2009 §5.2, criterion 2).</summary>
    public required SchemeReference ToScheme { get; init; }

    /// <summary>When the sending scheme learned of the move.</summary>
    public required DateTimeOffset MovedAt { get; init; }
}
