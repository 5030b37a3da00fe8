using AgencyHub.Messaging.Time;
using AgencyHub.Persistence.Sharing;
using AgencyHub.Sagas.Deadlines;
using MassTransit;

namespace AgencyHub.Sagas.Sharing;

/// <summary>
/// Each agreement's review: while a version is active, its parties are told <see cref="SharingOptions.ReviewNoticeDays"/>
/// (30) days before its review date, and at the start of that day (UK) the agreement suspends itself, so nothing is
/// shared under an agreement the partners have not renewed; renewing it (a new version) starts the watch again.
/// </summary>
public sealed class AgreementReviewStateMachine : MassTransitStateMachine<AgreementReview>
{
    /// <summary>An active version is watched for its review date.</summary>
    public State Watching { get; private set; } = null!;

    /// <summary>The current version is not active: nothing to watch until one is.</summary>
    public State Idle { get; private set; } = null!;

    /// <summary>A version of the agreement was stored.</summary>
    public Event<AgreementStored> Stored { get; private set; } = null!;

    /// <summary>The review notice falls due.</summary>
    public Schedule<AgreementReview, AgreementReviewNoticeDue> Notice { get; private set; } = null!;

    /// <summary>The review date comes.</summary>
    public Schedule<AgreementReview, AgreementLapseDue> Lapse { get; private set; } = null!;

    /// <summary>Declares the states and what each message does in them.</summary>
    public AgreementReviewStateMachine()
    {
        InstanceState(r => r.CurrentState);
        Event(() => Stored, e => e.CorrelateById(c => c.Message.ReviewId));
        Schedule(() => Notice, r => r.NoticeToken, s => s.Received = r => r.CorrelateById(c => c.Message.ReviewId));
        Schedule(() => Lapse, r => r.LapseToken, s => s.Received = r => r.CorrelateById(c => c.Message.ReviewId));

        Initially(When(Stored).Then(Follow).IfElse(c => c.Message.Active, Watch, idle => idle.TransitionTo(Idle)));
        During(Watching, Idle,
            When(Stored, c => c.Message.Version > c.Saga.AgreementVersion)
                .Then(Follow)
                .Unschedule(Notice)
                .Unschedule(Lapse)
                .IfElse(c => c.Message.Active, Watch, idle => idle.TransitionTo(Idle)),
            Ignore(Stored, c => c.Message.Version <= c.Saga.AgreementVersion));
        During(Watching,
            When(Notice.Received, c => c.Message.Version == c.Saga.AgreementVersion).ThenAsync(c => AgreementNotices.ReviewDue(c, suspended: false)),
            When(Lapse.Received, c => c.Message.Version == c.Saga.AgreementVersion)
                .ThenAsync(AgreementNotices.Lapse)
                .TransitionTo(Idle),
            Ignore(Notice.Received, c => c.Message.Version != c.Saga.AgreementVersion),
            Ignore(Lapse.Received, c => c.Message.Version != c.Saga.AgreementVersion));
        During(Idle, Ignore(Notice.Received), Ignore(Lapse.Received));
    }

    static void Follow(BehaviorContext<AgreementReview, AgreementStored> context)
    {
        var review = context.Saga;
        (review.AgreementId, review.AgreementVersion, review.ReviewOn) = (context.Message.AgreementId, context.Message.Version, context.Message.ReviewOn);
    }

    EventActivityBinder<AgreementReview, AgreementStored> Watch(EventActivityBinder<AgreementReview, AgreementStored> binder) =>
        binder
            .Schedule(Notice, c => new AgreementReviewNoticeDue(c.Saga.CorrelationId, c.Saga.AgreementVersion),
                c => c.Until(UkTime.StartOf(c.Saga.ReviewOn.AddDays(-c.Service<SharingOptions>().ReviewNoticeDays))))
            .Schedule(Lapse, c => new AgreementLapseDue(c.Saga.CorrelationId, c.Saga.AgreementVersion),
                c => c.Until(UkTime.StartOf(c.Saga.ReviewOn)))
            .TransitionTo(Watching);
}
