using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Delivery;
using AgencyHub.Contracts.Sharing;
using AgencyHub.Messaging.Sharing;
using AgencyHub.Persistence.Sharing;
using AgencyHub.Sagas.Sharing;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Sharing;

/// <summary>An agreement's review on the hub's clock: notice 30 days ahead, suspension at the review date, renewal and release.</summary>
public sealed class AgreementReviewTests
{
    static readonly DateOnly ReviewOn = new(2026, 12, 31);

    [Fact]
    public async Task An_agreement_not_renewed_by_its_review_date_suspends_itself_and_once_renewed_its_held_delivery_is_released()
    {
        await using var hub = await HubHarness.Start(now: Now);
        await Store(hub, current => AgreementLifecycle.Apply(current, AgreementChange.Amended, current.Terms with { ReviewOn = ReviewOn }, null,
            "admin", Now, DateOnly.FromDateTime(Now.UtcDateTime)));
        await hub.Post(Selected(ByPnc(80)), Agency.Police);
        await hub.Post(Selected(ByPnc(81)), Agency.Police);

        await hub.AdvanceTo(DateTimeOffset.Parse("2026-11-30T23:00Z"));
        Assert.Empty(await hub.Received<AgreementReviewDue>(Agency.Prison));
        await hub.AdvanceTo(DateTimeOffset.Parse("2026-12-01T01:00Z"));
        var notice = Assert.Single(await hub.Received<AgreementReviewDue>(Agency.Prison));
        Assert.Equal(("custody-and-release", ReviewOn, false), (notice.AgreementId, notice.ReviewOn, notice.Suspended));
        Assert.Single(await hub.Received<AgreementReviewDue>(Agency.Yot));
        Assert.Empty(await hub.Received<AgreementReviewDue>(Agency.Cps));
        await hub.Post(Reception(ByPnc(80)), Agency.Prison);
        Assert.Single(await hub.Payloads<ReceptionIntoCustody>(Agency.Probation));

        await hub.AdvanceTo(DateTimeOffset.Parse("2026-12-31T01:00Z"));
        var lapsed = await Current(hub);
        Assert.Equal((AgreementStatus.Suspended, 3, "hub"), (lapsed.Status, lapsed.Version, lapsed.ChangedBy));
        Assert.Contains(await hub.Received<AgreementReviewDue>(Agency.Prison), n => n.Suspended);
        var held = await hub.Post(Reception(ByPnc(81)), Agency.Prison);
        Assert.Single(await hub.Payloads<ReceptionIntoCustody>(Agency.Probation));
        var blocked = Assert.Single(await hub.Received<DeliveryBlocked>(Agency.Prison), n => n.BlockedMessageId == held);
        Assert.Contains("is suspended (review date 2026-12-31 passed without a renewal)", blocked.Reason);

        await Store(hub, current => AgreementLifecycle.Apply(current, AgreementChange.Renewed, current.Terms with { ReviewOn = ReviewOn.AddYears(1) },
            "reviewed by the partners", "admin", hub.Clock.GetUtcNow(), ReviewOn));
        var heldDelivery = await hub.Query(db => db.HeldDeliveries.AsNoTracking().SingleAsync(h => h.SourceMessageId == held && h.Recipient == "probation"));
        await hub.Send(new ReleaseHeldDelivery(heldDelivery.DeliveryId, "operator Jo", "agreement renewed"), HeldDeliveryRelease.Queue);

        Assert.Equal(2, (await hub.Payloads<ReceptionIntoCustody>(Agency.Probation)).Count);
        Assert.NotNull((await hub.Query(db => db.HeldDeliveries.AsNoTracking().SingleAsync(h => h.DeliveryId == heldDelivery.DeliveryId))).ReleasedAt);
        // The renewed version is watched afresh: its notice falls 30 days before the new review date.
        Assert.Equal(4, (await hub.Query(db => db.AgreementReviews.AsNoTracking().SingleAsync(r => r.AgreementId == "custody-and-release"))).AgreementVersion);
    }

    static async Task<Agreement> Current(HubHarness hub) =>
        (await hub.Query(db => AgreementStore.Current(db, "custody-and-release", CancellationToken.None)))!;

    // Stores the next version as an administrator would, and tells its review watch.
    static async Task Store(HubHarness hub, Func<Agreement, (Agreement? Next, string? Refusal)> change)
    {
        var (next, refusal) = change(await Current(hub));
        Assert.True(next is not null, refusal);
        Assert.True(await hub.Services.GetRequiredService<AgreementStore>().Save(next!, AgreementChange.Amended, CancellationToken.None));
        hub.Services.GetRequiredService<AgreementCache>().Invalidate();
        await hub.Send(AgreementStored.Of(next!), AgreementReviewAnnouncer.Queue);
    }
}
