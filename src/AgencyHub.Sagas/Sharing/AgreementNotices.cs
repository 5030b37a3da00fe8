using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Sharing;
using AgencyHub.Messaging.Sharing;
using AgencyHub.Persistence.Outbox;
using AgencyHub.Persistence.Sharing;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Sharing;

/// <summary>
/// What an agreement's review watch does when its dates come: tell the parties (through the gate, so operators see the
/// notices on the page) and the operators' log, and at the review date suspend the agreement in the watch's own
/// transaction.
/// </summary>
static class AgreementNotices
{
    /// <summary>Tells the agreement's parties that its review is due, or (<paramref name="suspended"/>) that it has lapsed.</summary>
    public static async Task ReviewDue(BehaviorContext<AgreementReview> context, bool suspended)
    {
        var db = context.GetPayload<IHubTransaction>().Db;
        if (await AgreementStore.Current(db, context.Saga.AgreementId, context.CancellationToken) is not { } agreement) return;
        context.Service<ILogger<AgreementReview>>().LogWarning(suspended
                ? "Agreement {Agreement} reached its review date {ReviewOn} without a renewal: suspended, its deliveries are held until it is renewed"
                : "Agreement {Agreement} is due for review by {ReviewOn}: renew it, or it suspends itself on that day",
            agreement.Reference, agreement.Terms.ReviewOn);
        var notice = new AgreementReviewDue
        {
            AgreementId = agreement.Id, Title = agreement.Terms.Title, ReviewOn = agreement.Terms.ReviewOn, Suspended = suspended, RaisedAt = context.Now(),
        };
        foreach (var party in agreement.Terms.Parties)
            await context.Service<DeliveryGate>().Deliver(context, notice, Agency.Hub, party, key: agreement.Reference);
    }

    /// <summary>
    /// The review date has come: the version watched, if still the current one and active, is followed by a suspended
    /// one ("lapsed"), and the parties are told.
    /// </summary>
    public static async Task Lapse(BehaviorContext<AgreementReview, AgreementLapseDue> context)
    {
        var db = context.GetPayload<IHubTransaction>().Db;
        var review = context.Saga;
        if (await AgreementStore.Current(db, review.AgreementId, context.CancellationToken) is not { } current
            || current.Version != review.AgreementVersion || current.Status != AgreementStatus.Active)
            return;
        var now = context.Now();
        var (lapsed, _) = AgreementLifecycle.Apply(current, AgreementChange.Lapsed, current.Terms,
            $"review date {current.Terms.ReviewOn:yyyy-MM-dd} passed without a renewal", "hub", now, Messaging.Time.UkTime.DayOf(now));
        await context.Service<AgreementStore>().Add(db, lapsed!, AgreementChange.Lapsed, context.CancellationToken);
        review.AgreementVersion = lapsed!.Version;
        var cache = context.Service<AgreementCache>();
        context.GetPayload<IHubTransaction>().AfterCommit(cache.Invalidate);
        await ReviewDue(context, suspended: true);
    }
}
