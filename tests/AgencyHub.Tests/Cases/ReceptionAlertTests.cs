using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Alerts;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Selection;
using AgencyHub.Messaging.Journal;
using AgencyHub.Tests.Support;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Cases;

/// <summary>The first journey: a prison receiving a current PPO gets the PPO alert without asking
/// (Offender Management Update 2009, Paper 2).</summary>
public class ReceptionAlertTests
{
    [Fact]
    public async Task A_prison_receiving_a_current_ppo_gets_an_alert_with_what_reception_staff_need()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(ByPnc(1)), Agency.Police);
        await hub.Post(Reception(new OffenderIdentity { PncId = Pnc(1), PrisonNumber = "A1234BC" }, "LEI"), Agency.Prison);

        var alert = Assert.Single(await hub.Received<PpoReceptionAlert>(Agency.Prison));
        Assert.Equal("LEI", alert.PrisonCode);
        Assert.Equal(AlertTrigger.Reception, alert.Trigger);
        Assert.Equal(Leeds, alert.Scheme);
        Assert.Equal("DC Jane Smith", alert.LeadOfficer.Name);
        Assert.Equal("Burglary dwelling, 14 offences in 12 months", alert.SelectionReason);
        Assert.Equal("A1234BC", alert.Offender.PrisonNumber);
        Assert.Empty(await hub.Received<PpoReceptionAlert>(Agency.Police));
    }

    [Fact]
    public async Task Receiving_someone_who_is_not_a_ppo_raises_no_alert()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(ByPnc(1)), Agency.Police);
        await hub.Post(Reception(ByPnc(2)), Agency.Prison);

        Assert.Empty(await hub.Received<PpoReceptionAlert>(Agency.Prison));
    }

    [Fact]
    public async Task A_person_selected_while_in_custody_is_alerted_to_the_holding_prison()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Reception(new OffenderIdentity { PrisonNumber = "A1234BC", PncId = Pnc(7) }, "MDI"), Agency.Prison);
        Assert.Empty(await hub.Received<PpoReceptionAlert>(Agency.Prison));

        await hub.Post(Selected(ByPnc(7)), Agency.Police);

        var alert = Assert.Single(await hub.Received<PpoReceptionAlert>(Agency.Prison));
        Assert.Equal(("MDI", AlertTrigger.SelectedWhileInCustody), (alert.PrisonCode, alert.Trigger));
    }

    [Fact]
    public async Task De_selection_of_a_person_in_custody_is_sent_to_the_holding_prison()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(ByPnc(3)), Agency.Police);
        await hub.Post(Reception(ByPnc(3), "LEI"), Agency.Prison);
        await hub.Post(Deselected(ByPnc(3)), Agency.Police);

        var withdrawn = Assert.Single(await hub.Received<PpoAlertWithdrawn>(Agency.Prison));
        Assert.Equal(("LEI", DeselectionCriterion.LongCustodialSentence), (withdrawn.PrisonCode, withdrawn.Criterion));

        await hub.Post(Reception(ByPnc(3), "MDI", ReceptionReason.Transfer), Agency.Prison);
        Assert.Single(await hub.Received<PpoReceptionAlert>(Agency.Prison));
    }

    [Fact]
    public async Task A_transfer_alerts_the_new_prison_once_however_the_move_is_reported()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(ByPnc(4)), Agency.Police);
        await hub.Post(Reception(ByPnc(4), "LEI"), Agency.Prison);
        await hub.Post(Transfer(ByPnc(4), "LEI", "WYI"), Agency.Prison);
        await hub.Post(Reception(ByPnc(4), "WYI", ReceptionReason.Transfer), Agency.Prison);

        Assert.Equal(["LEI", "WYI"], (await hub.Received<PpoReceptionAlert>(Agency.Prison)).Select(a => a.PrisonCode).ToArray());
    }

    [Fact]
    public async Task A_ppo_released_and_received_again_is_alerted_again()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(ByPnc(5)), Agency.Police);
        await hub.Post(Reception(ByPnc(5), "LEI"), Agency.Prison);
        await hub.Post(Released(ByPnc(5), "LEI"), Agency.Prison);
        await hub.Post(Reception(ByPnc(5), "LEI", ReceptionReason.Recall) with { ReceivedAt = Now.AddDays(40) }, Agency.Prison);

        Assert.Equal(2, (await hub.Received<PpoReceptionAlert>(Agency.Prison)).Count);
    }

    [Fact]
    public async Task A_ppo_of_two_schemes_gets_one_alert_per_scheme()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(ByPnc(6), Leeds), Agency.Police);
        await hub.Post(Selected(ByPnc(6), Bradford), Agency.Police);
        await hub.Post(Reception(ByPnc(6)), Agency.Prison);

        Assert.Equal([Bradford.Code, Leeds.Code],
            (await hub.Received<PpoReceptionAlert>(Agency.Prison)).Select(a => a.Scheme.Code).Order().ToArray());
    }

    [Fact]
    public async Task Identifiers_that_point_at_two_people_match_nobody_and_are_reported()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(ByPnc(10)), Agency.Police);
        await hub.Post(Reception(new OffenderIdentity { PncId = Pnc(11), PrisonNumber = "B2222CD" }), Agency.Prison);
        // PNC of the PPO, prison number of someone else: never merge the two.
        var id = await hub.Post(Reception(new OffenderIdentity { PncId = Pnc(10), PrisonNumber = "B2222CD" }), Agency.Prison);

        Assert.Empty(await hub.Received<PpoReceptionAlert>(Agency.Prison));
        var conflict = Assert.Single(hub.Journal.Recent(100), e => e.Kind == JournalEntryKind.IdentityConflict);
        Assert.Equal(id, conflict.MessageId);
        Assert.DoesNotContain("B2222CD", conflict.Detail);
    }

    [Fact]
    public async Task An_identifier_contradicting_the_one_on_record_is_not_a_match()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(new OffenderIdentity { PncId = Pnc(12), PrisonNumber = "C3333DE" }), Agency.Police);
        await hub.Post(Reception(new OffenderIdentity { PncId = Pnc(12), PrisonNumber = "D4444EF" }), Agency.Prison);

        Assert.Empty(await hub.Received<PpoReceptionAlert>(Agency.Prison));
    }

    [Fact]
    public async Task A_partial_identifier_never_matches()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(new OffenderIdentity { PncId = "2004/0012345" + PncId.CheckCharacter("2004", "0012345") }), Agency.Police);
        // Same serial digits under another year: a different, valid PNC ID.
        await hub.Post(Reception(new OffenderIdentity { PncId = "2005/0012345" + PncId.CheckCharacter("2005", "0012345") }), Agency.Prison);

        Assert.Empty(await hub.Received<PpoReceptionAlert>(Agency.Prison));
    }

    [Fact]
    public async Task An_identifier_learnt_at_one_reception_matches_the_ppo_at_the_next()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(ByPnc(21)), Agency.Police);
        await hub.Post(Reception(new OffenderIdentity { PncId = Pnc(21), PrisonNumber = "E5555FG" }, "LEI"), Agency.Prison);
        await hub.Post(Released(ByPnc(21)), Agency.Prison);
        // The prison knows the person by prison number only this time.
        await hub.Post(Reception(new OffenderIdentity { PrisonNumber = "E5555FG" }, "DUR", ReceptionReason.Recall) with { ReceivedAt = Now.AddDays(40) },
            Agency.Prison);

        Assert.Equal(["LEI", "DUR"], (await hub.Received<PpoReceptionAlert>(Agency.Prison)).Select(a => a.PrisonCode).ToArray());
    }

    [Fact]
    public async Task A_message_processed_twice_has_one_effect()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(ByPnc(20)), Agency.Police);
        var reception = Reception(ByPnc(20));
        var id = await hub.Post(reception, Agency.Prison);
        await hub.Post(reception, Agency.Prison, messageId: id);

        Assert.Single(await hub.Received<PpoReceptionAlert>(Agency.Prison));
        Assert.Single(await hub.Received<ReceptionIntoCustody>(Agency.Probation));
        // Not only deduplicated by the feed: the repeat committed nothing, not even a journal entry.
        Assert.Single(hub.Deliveries, d => d.MessageType == "ppo-reception-alert");
        Assert.Single(hub.Deliveries, d => d is { MessageType: "reception-into-custody", To: Agency.Probation });
    }
}
