using MassTransit;

namespace AgencyHub.Persistence.Recall;

/// <summary>
/// The recall of a PPO case's person, from probation's request to their return to custody (docs/domain.md, "Recall"):
/// one per case, keyed by the case's id, the one recall that case is chasing at a time. Every due time is stored for
/// operators to see; a closed recall keeps its row, so the case's last recall and how it ended stay on record.
/// </summary>
public sealed class RecallWatch : SagaStateMachineInstance, ISagaVersion
{
    /// <summary>The PPO case's id.</summary>
    public Guid CorrelationId { get; set; }

    /// <inheritdoc />
    public int Version { get; set; }

    /// <summary>Requested, Recalled or Closed.</summary>
    public string CurrentState { get; set; } = "";

    /// <summary>The person in the register.</summary>
    public Guid PersonId { get; set; }

    /// <summary>The case's scheme, whose lead times and PPO team apply.</summary>
    public string SchemeCode { get; set; } = "";

    /// <summary>The scheme's name, for the boards.</summary>
    public string SchemeName { get; set; } = "";

    /// <summary>Probation's id of the recall, quoted by the decision, the arrest and the return.</summary>
    public Guid RecallId { get; set; }

    /// <summary>When probation asked, if it did through the hub (a decision may come first).</summary>
    public DateTimeOffset? RequestedAt { get; set; }

    /// <summary>When the ERRS's decision is due.</summary>
    public DateTimeOffset? DecisionDueAt { get; set; }

    /// <summary>The scheduled decision deadline.</summary>
    public Guid? DecisionToken { get; set; }

    /// <summary>When the hub escalated a late decision.</summary>
    public DateTimeOffset? DecisionEscalatedAt { get; set; }

    /// <summary>When the ERRS decided.</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Recalled or NotRecalled.</summary>
    public string? Decision { get; set; }

    /// <summary>When the person is to be back in custody.</summary>
    public DateTimeOffset? ReturnDueAt { get; set; }

    /// <summary>The scheduled return deadline.</summary>
    public Guid? ReturnToken { get; set; }

    /// <summary>When the hub escalated a late return.</summary>
    public DateTimeOffset? ReturnEscalatedAt { get; set; }

    /// <summary>When the police arrested the person.</summary>
    public DateTimeOffset? ArrestedAt { get; set; }

    /// <summary>When the person was back in custody.</summary>
    public DateTimeOffset? ReturnedAt { get; set; }

    /// <summary>Why the recall closed: returned, not recalled (the ERRS's reason is on the case's timeline), or no longer a PPO.</summary>
    public string? ClosedBecause { get; set; }
}
