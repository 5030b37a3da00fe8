using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Selection;

/// <summary>
/// A local scheme has selected a person as a Prolific and other Priority Offender, after scoring with the
/// selection matrix (PPO Strategy Initial Guidance 2004, Annex C).
/// <para>Sender: police (the scheme's BCU PPO team). Recipients: CPS, courts, prison, probation, so that every
/// partner prioritises the same people (PPO Strategy Initial Guidance 2004 §10) and prisons learn of newly selected
/// PPOs (PPO Strategy Supplementary Annex 2004 §37); the YOT, when
/// the person is a juvenile (as the agreements say).</para>
/// <para>The hub registers the person as a current PPO; if the person is in custody, the holding prison gets a
/// <see cref="Alerts.PpoReceptionAlert"/>.</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="LeadOfficer"/>, <see cref="SelectionReason"/>.</para>
/// </summary>
[MessageContract("ppo-selected", 1,
    Senders = [Agency.Police],
    Recipients = [Agency.Cps, Agency.Courts, Agency.Prison, Agency.Probation, Agency.Yot],
    Purpose = "ppo-management")]
public sealed record PpoSelected : IAboutOffender
{
    /// <summary>Who has been selected.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The scheme (CDRP) that selected the person.</summary>
    public required SchemeReference Scheme { get; init; }

    /// <summary>The officer who leads on this PPO.</summary>
    [PersonalData]
    public required OfficerContact LeadOfficer { get; init; }

    /// <summary>Why the person was selected, in a sentence partners can act on.</summary>
    [PersonalData, StringLength(1000)]
    public required string SelectionReason { get; init; }

    /// <summary>When the scheme made the selection.</summary>
    public required DateTimeOffset SelectedAt { get; init; }

    /// <summary>
    /// The selection-matrix score the selection was based on (<see cref="SelectionCandidateScored.ScoreId"/>), linking
    /// the decision to its audit trail (PPO Strategy Initial Guidance 2004, Annex C §13). Optional.
    /// </summary>
    public Guid? MatrixScoreId { get; init; }
}
