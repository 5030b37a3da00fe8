using MassTransit;

namespace AgencyHub.Persistence.Sharing;

/// <summary>
/// The review watch of one agreement (<c>agreement_reviews</c>): which version it follows, its review date, and the
/// notice and lapse it has scheduled. The rules live in the agreement review state machine (AgencyHub.Sagas).
/// </summary>
public sealed class AgreementReview : SagaStateMachineInstance, ISagaVersion
{
    /// <summary>Derived from the agreement's id.</summary>
    public Guid CorrelationId { get; set; }

    /// <summary>Optimistic concurrency version.</summary>
    public int Version { get; set; }

    /// <summary>The state machine's current state.</summary>
    public string CurrentState { get; set; } = "";

    /// <summary>The agreement watched.</summary>
    public string AgreementId { get; set; } = "";

    /// <summary>The agreement's version the watch follows.</summary>
    public int AgreementVersion { get; set; }

    /// <summary>That version's review date.</summary>
    public DateOnly ReviewOn { get; set; }

    /// <summary>The scheduled review notice.</summary>
    public Guid? NoticeToken { get; set; }

    /// <summary>The scheduled lapse at the review date.</summary>
    public Guid? LapseToken { get; set; }
}
