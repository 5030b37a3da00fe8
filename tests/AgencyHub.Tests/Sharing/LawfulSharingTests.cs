using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Courts;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Delivery;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Selection;
using AgencyHub.Contracts.Treatment;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Sharing;

/// <summary>The gate under the seed agreements: conditions on the person, consent and each recipient's minimised copy.</summary>
public sealed class LawfulSharingTests
{
    [Fact]
    public async Task A_reception_of_someone_who_is_not_a_ppo_stops_at_the_hub_and_the_prison_is_told_which_condition_failed()
    {
        await using var hub = await HubHarness.Start();
        var id = await hub.Post(Reception(ByPnc(40)), Agency.Prison);

        Assert.Empty(await hub.Feed(Agency.Probation));
        var notice = Assert.Single(await hub.Received<DeliveryBlocked>(Agency.Prison));
        Assert.Equal((id, "reception-into-custody", Agency.Probation, "custody-and-release@1", "current-ppo"),
            (notice.BlockedMessageId, notice.MessageType, notice.Recipient, notice.Rule, notice.Condition));
        Assert.Contains("not a current PPO", notice.Reason);
        var held = await hub.Query(db => db.HeldDeliveries.AsNoTracking().SingleAsync());
        Assert.Equal(("prison", "probation", id, "pnc:" + Pnc(40)), (held.Sender, held.Recipient, held.SourceMessageId, held.PersonReference));
        Assert.Contains("\"prisonCode\":\"LEI\"", held.Payload);
    }

    [Fact]
    public async Task A_ppos_reception_reaches_probation_with_only_the_fields_its_agreement_gives()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(ByPnc(41)), Agency.Police);
        await hub.Post(Reception(ByPnc(41)), Agency.Prison);

        var copy = Assert.Single(await hub.Payloads<ReceptionIntoCustody>(Agency.Probation));
        Assert.Equal(["offender", "prisonCode", "reason", "receivedAt"], copy.EnumerateObject().Select(p => p.Name));
        var item = Assert.Single(await hub.Feed(Agency.Probation), i => i.MessageType == "reception-into-custody");
        Assert.Equal((Agency.Prison, "offender-management"), (item.Sender, item.Purpose));
    }

    [Fact]
    public async Task Partners_get_the_ppo_flag_but_only_prison_and_probation_the_reasons_for_selection()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(ByPnc(42)), Agency.Police);

        foreach (var agency in new[] { Agency.Cps, Agency.Courts })
        {
            var copy = Assert.Single(await hub.Payloads<PpoSelected>(agency));
            Assert.False(copy.TryGetProperty("selectionReason", out _));
            Assert.Equal("DC Jane Smith", copy.GetProperty("leadOfficer").GetProperty("name").GetString());
        }
        foreach (var agency in new[] { Agency.Prison, Agency.Probation })
            Assert.Equal(Selected(ByPnc(42)).SelectionReason, Assert.Single(await hub.Received<PpoSelected>(agency)).SelectionReason);
    }

    [Fact]
    public async Task A_juveniles_sentence_outcome_goes_to_the_yot_and_an_adults_does_not()
    {
        await using var hub = await HubHarness.Start(now: Now);
        var juvenile = ByPnc(43) with { DateOfBirth = DateOnly.FromDateTime(Now.UtcDateTime).AddYears(-16) };
        var adult = ByPnc(44) with { DateOfBirth = DateOnly.FromDateTime(Now.UtcDateTime).AddYears(-18) };
        foreach (var person in new[] { juvenile, adult })
            await hub.Post(Selected(person), Agency.Police);
        await hub.Post(Sentenced(juvenile), Agency.Courts);
        await hub.Post(Sentenced(adult with { DateOfBirth = null }), Agency.Courts);

        var yot = await hub.Received<SentenceOutcome>(Agency.Yot);
        Assert.Equal([Pnc(43)], yot.Select(s => s.Offender.PncId));
        Assert.Equal(2, (await hub.Payloads<SentenceOutcome>(Agency.Probation)).Count);
        var blocked = Assert.Single(await hub.Received<DeliveryBlocked>(Agency.Courts), n => n.Recipient == Agency.Yot);
        Assert.Equal(("under-18", "premium-service@1"), (blocked.Condition, blocked.Rule));
        Assert.Contains("18 or over", blocked.Reason);
    }

    [Fact]
    public async Task A_drug_test_result_needs_consent_in_force_and_a_withdrawal_stops_the_next_one()
    {
        await using var hub = await HubHarness.Start(now: Now);
        var person = ByPnc(45);
        await hub.Post(Selected(person), Agency.Police);

        await hub.Post(DrugTest(person), Agency.Cjit);
        Assert.Empty(await hub.Payloads<DrugTestResult>(Agency.Probation));
        Assert.All(await hub.Received<DeliveryBlocked>(Agency.Cjit), n => Assert.Equal("consent", n.Condition));

        await hub.Post(Consent(person, [Agency.Probation, Agency.Prison]), Agency.Cjit);
        await hub.Post(DrugTest(person), Agency.Cjit);
        var probation = Assert.Single(await hub.Payloads<DrugTestResult>(Agency.Probation));
        Assert.Equal("opiates", probation.GetProperty("substances")[0].GetString());
        var prison = Assert.Single(await hub.Payloads<DrugTestResult>(Agency.Prison));
        Assert.False(prison.TryGetProperty("substances", out _));

        await hub.Post(Withdrawal(person, [Agency.Prison]), Agency.Cjit);
        await hub.Post(DrugTest(person), Agency.Cjit);
        Assert.Equal(2, (await hub.Payloads<DrugTestResult>(Agency.Probation)).Count);
        Assert.Single(await hub.Payloads<DrugTestResult>(Agency.Prison));
        var withdrawn = (await hub.Received<DeliveryBlocked>(Agency.Cjit)).Last();
        Assert.Equal((Agency.Prison, "consent"), (withdrawn.Recipient, withdrawn.Condition));
        Assert.Contains("withdrew consent", withdrawn.Reason);
        Assert.Equal(2, await hub.Query(db => db.Consents.CountAsync()));
    }

    [Fact]
    public async Task Consent_for_some_kinds_of_data_covers_only_those()
    {
        await using var hub = await HubHarness.Start(now: Now);
        var person = ByPnc(46);
        await hub.Post(Selected(person), Agency.Police);
        await hub.Post(Consent(person, [Agency.Probation]) with { MessageTypes = ["treatment-started"] }, Agency.Cjit);

        await hub.Post(DrugTest(person), Agency.Cjit);

        Assert.Empty(await hub.Payloads<DrugTestResult>(Agency.Probation));
    }

    static SentenceOutcome Sentenced(OffenderIdentity offender) => new()
    {
        Offender = offender, CaseUrn = "13YY1234567", CourtCode = "B01LY", Disposal = SentenceDisposal.CommunityOrder, SentencedAt = Now,
    };
}
