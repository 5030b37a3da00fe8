using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Recall;

/// <summary>
/// Probation asks the Early Release and Recall Section (ERRS) to recall a PPO to prison ("Agreement with the ERRS for
/// fast recall for bail/prison licence breaches", PPO Strategy Initial Guidance 2004 §58; swift recall,
/// Joint Inspection Report 2004 §9.10).
/// <para>Sender: probation. Recipients: prison (ERRS), which answers with a <see cref="RecallDecided"/>.</para>
/// <para>The hub opens the recall deadline: by default a decision is due within 24 hours (a local default:
/// docs/domain.md, "Recall").</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("recall-requested", 1,
    Senders = [Agency.Probation],
    Recipients = [Agency.Prison],
    Purpose = "recall")]
public sealed record RecallRequested : IAboutOffender
{
    /// <summary>Identifies this recall across request, decision, arrest and return to custody; chosen by probation.</summary>
    public required Guid RecallId { get; init; }

    /// <summary>The person to be recalled.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The breach the request rests on.</summary>
    public required LicenceBreachKind Breach { get; init; }

    /// <summary>True when probation asks for an emergency recall because of immediate risk.</summary>
    public required bool Emergency { get; init; }

    /// <summary>When probation made the request.</summary>
    public required DateTimeOffset RequestedAt { get; init; }
}
