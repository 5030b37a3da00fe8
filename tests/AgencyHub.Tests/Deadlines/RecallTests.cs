using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Deadlines;
using AgencyHub.Contracts.Delivery;
using AgencyHub.Contracts.Recall;
using AgencyHub.Persistence.Recall;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Deadlines;

/// <summary>
/// A PPO's recall (PPO Strategy Initial Guidance 2004 §58; docs/domain.md, "Recall"), on a test clock: the ERRS's
/// decision is due within 24 hours of probation's request and the person back within 7 days of the revocation; a late
/// one is escalated to the party that is late and the scheme's police, and stays on the deadline board until met.
/// </summary>
public class RecallTests
{
    static readonly Guid RecallId = Guid.Parse("5c1d8a57-9f0e-4a3b-8c21-0d6e4b7f9a10");

    static async Task<HubHarness> PpoOnLicence(int serial, IDictionary<string, string?>? settings = null)
    {
        var hub = await HubHarness.Start(settings, Now);
        await hub.Post(Selected(ByPnc(serial)), Agency.Police);
        return hub;
    }

    static Task<RecallWatch?> Recall(HubHarness hub) => hub.Query(db => db.Recalls.AsNoTracking().SingleOrDefaultAsync());

    static async Task<DeadlineBreached[]> Breaches(HubHarness hub, Agency agency, DeadlineKind kind) =>
        [.. (await hub.Received<DeadlineBreached>(agency)).Where(b => b.Kind == kind)];

    [Fact]
    public async Task A_request_wants_a_decision_within_24_hours_and_a_late_one_is_escalated_to_the_prison_and_the_police()
    {
        await using var hub = await PpoOnLicence(801);
        await hub.Post(RecallRequest(ByPnc(801), RecallId, Now), Agency.Probation);

        var requested = await Recall(hub);
        Assert.Equal(("Requested", Now.AddHours(24)), (requested!.CurrentState, requested.DecisionDueAt));
        await hub.AdvanceTo(Now.AddHours(23));
        Assert.Empty(await Breaches(hub, Agency.Prison, DeadlineKind.RecallDecision));

        await hub.AdvanceTo(Now.AddHours(25));
        var toPrison = Assert.Single(await Breaches(hub, Agency.Prison, DeadlineKind.RecallDecision));
        var toPolice = Assert.Single(await Breaches(hub, Agency.Police, DeadlineKind.RecallDecision));
        Assert.Equal((Agency.Prison, RecallId, Now.AddHours(24), Pnc(801)), (toPrison.Responsible, toPrison.CorrelationId, toPrison.DueAt, toPrison.Offender.PncId));
        Assert.Equal(toPrison.CorrelationId, toPolice.CorrelationId);
        var escalated = await Recall(hub);
        Assert.Equal(("Requested", Now.AddHours(25)), (escalated!.CurrentState, escalated.DecisionEscalatedAt));
    }

    [Fact]
    public async Task A_revocation_wants_the_person_back_within_7_days_the_arrest_is_recorded_and_the_return_closes_it()
    {
        await using var hub = await PpoOnLicence(802);
        await hub.Post(RecallRequest(ByPnc(802), RecallId, Now), Agency.Probation);
        await hub.AdvanceTo(Now.AddHours(3));
        await hub.Post(RecallDecidedAt(ByPnc(802), RecallId, Now.AddHours(3)), Agency.Prison);

        var recalled = await Recall(hub);
        Assert.Equal(("Recalled", Now.AddHours(3).AddDays(7)), (recalled!.CurrentState, recalled.ReturnDueAt));
        await hub.AdvanceTo(Now.AddDays(2));
        await hub.Post(RecallArrest(ByPnc(802), RecallId, Now.AddDays(2)), Agency.Police);
        await hub.Post(ReturnedAt(ByPnc(802), RecallId, Now.AddDays(2).AddHours(2)), Agency.Prison);
        await hub.AdvanceTo(Now.AddDays(9));

        var closed = await Recall(hub);
        Assert.Equal(("Closed", "returned to custody", Now.AddDays(2), Now.AddDays(2).AddHours(2)),
            (closed!.CurrentState, closed.ClosedBecause, closed.ArrestedAt, closed.ReturnedAt));
        // (The return starts the needs assessment's own clock, which is not this test's.)
        Assert.Empty(await Breaches(hub, Agency.Prison, DeadlineKind.RecallDecision));
        Assert.Empty(await Breaches(hub, Agency.Police, DeadlineKind.ReturnToCustody));
    }

    [Fact]
    public async Task Someone_not_back_7_days_after_the_revocation_is_escalated_to_the_police_and_probation_until_a_recall_reception()
    {
        await using var hub = await PpoOnLicence(803);
        await hub.Post(RecallDecidedAt(ByPnc(803), RecallId, Now), Agency.Prison);

        await hub.AdvanceTo(Now.AddDays(7).AddHours(1));
        var toPolice = Assert.Single(await Breaches(hub, Agency.Police, DeadlineKind.ReturnToCustody));
        Assert.Single(await Breaches(hub, Agency.Probation, DeadlineKind.ReturnToCustody));
        Assert.Equal((Agency.Police, Now.AddDays(7)), (toPolice.Responsible, toPolice.DueAt));
        var board = await hub.Query(db => hub.Services.GetRequiredService<AgencyHub.Sagas.Deadlines.Open.OpenDeadlines>()
            .List(db, hub.Clock.GetUtcNow(), scheme: null, person: null, CancellationToken.None));
        Assert.Contains(board, d => d is { Saga: "Recall", Deadline: "return to custody after recall" } && d.DueAt == Now.AddDays(7));

        // A remand reception is no return from recall; a reception for recall is.
        await hub.Post(Reception(ByPnc(803), reason: ReceptionReason.Remand), Agency.Prison);
        Assert.Equal("Recalled", (await Recall(hub))!.CurrentState);
        await hub.Post(Reception(ByPnc(803), reason: ReceptionReason.Recall), Agency.Prison);
        Assert.Equal(("Closed", "received into custody for recall"), ((await Recall(hub))!.CurrentState, (await Recall(hub))!.ClosedBecause));
    }

    [Fact]
    public async Task A_decision_not_to_recall_closes_it_with_its_reason_and_nothing_more_is_chased()
    {
        await using var hub = await PpoOnLicence(804);
        await hub.Post(RecallRequest(ByPnc(804), RecallId, Now), Agency.Probation);
        await hub.Post(RecallDecidedAt(ByPnc(804), RecallId, Now.AddHours(2), RecallDecision.NotRecalled) with { Reason = "warning letter instead" },
            Agency.Prison);

        await hub.AdvanceTo(Now.AddDays(10));
        var closed = await Recall(hub);
        Assert.Equal(("Closed", "not recalled", "NotRecalled"), (closed!.CurrentState, closed.ClosedBecause, closed.Decision));
        Assert.Empty(await Breaches(hub, Agency.Prison, DeadlineKind.RecallDecision));
        Assert.Empty(await Breaches(hub, Agency.Police, DeadlineKind.ReturnToCustody));
        // The ERRS's reason reaches probation and the police with the decision itself; nobody is to be arrested.
        Assert.Equal("warning letter instead", Assert.Single(await hub.Received<RecallDecided>(Agency.Probation)).Reason);
        Assert.Empty(Assert.Single(await hub.Feed(Agency.Police), i => i.MessageType == "recall-decided").Marks);
    }

    [Fact]
    public async Task The_police_s_copy_of_a_ppo_s_revocation_is_marked_ppo_and_priority_and_no_other_delivery_is()
    {
        await using var hub = await PpoOnLicence(807);
        await hub.Post(RecallRequest(ByPnc(807), RecallId, Now), Agency.Probation);
        await hub.Post(RecallDecidedAt(ByPnc(807), RecallId, Now.AddHours(1)), Agency.Prison);

        var police = await hub.Feed(Agency.Police);
        var probation = await hub.Feed(Agency.Probation);

        Assert.Equal([DeliveryMark.Ppo, DeliveryMark.Priority], Assert.Single(police, i => i.MessageType == "recall-decided").Marks);
        Assert.Empty(Assert.Single(probation, i => i.MessageType == "recall-decided").Marks);
        Assert.All(police.Where(i => i.MessageType != "recall-decided"), i => Assert.Empty(i.Marks));
    }

    [Fact]
    public async Task The_lead_times_are_the_scheme_s_own_and_someone_who_is_no_ppo_is_not_chased()
    {
        await using var hub = await PpoOnLicence(805, new Dictionary<string, string?>
        {
            ["Deadlines:Schemes:CDRP-LEEDS:RecallDecisionHours"] = "4",
        });
        await hub.Post(RecallRequest(ByPnc(805), RecallId, Now), Agency.Probation);
        await hub.Post(RecallRequest(ByPnc(806), Guid.NewGuid(), Now), Agency.Probation);

        Assert.Equal(Now.AddHours(4), (await Recall(hub))!.DecisionDueAt);
        Assert.Equal(1, await hub.Query(db => db.Recalls.CountAsync()));
    }
}
