using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Selection;

namespace AgencyHub.Contracts.Deadlines;

/// <summary>
/// A deadline in a PPO's journey has passed without the expected message: the hub escalates, so that adherence
/// is visible (Joint Inspection Report 2004 §8.14: no systems to monitor adherence to the premium service).
/// <para>Sender: hub. Recipients: police, prison, probation: the agency that owed the action and the PPO team.</para>
/// <para>Personal data: <see cref="Offender"/>.</para>
/// </summary>
[MessageContract("deadline-breached", 1,
    Senders = [Agency.Hub],
    Recipients = [Agency.Police, Agency.Prison, Agency.Probation],
    Purpose = "deadline-escalation")]
public sealed record DeadlineBreached : IAboutOffender
{
    /// <summary>Which deadline was missed.</summary>
    public required DeadlineKind Kind { get; init; }

    /// <summary>The PPO the deadline concerns.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The scheme the person is a PPO of.</summary>
    public required SchemeReference Scheme { get; init; }

    /// <summary>The agency that owed the action, e.g. police for an unacknowledged pre-release notice.</summary>
    public required Agency Responsible { get; init; }

    /// <summary>Identifies the case the deadline belongs to: the pre-release notice id, the recall id or the hub's
    /// own case id.</summary>
    public required Guid CorrelationId { get; init; }

    /// <summary>When the action was due.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>When the hub escalated.</summary>
    public required DateTimeOffset EscalatedAt { get; init; }
}
