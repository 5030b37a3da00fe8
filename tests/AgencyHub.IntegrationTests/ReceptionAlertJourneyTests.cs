using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Sagas;
using AgencyHub.Sagas.Intake;
using static AgencyHub.IntegrationTests.Support.Journeys;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// The first journey end to end over RabbitMQ: the police adapter posts a selection, the prison adapter posts a
/// reception, and the prison's feed gets the PPO alert without asking (Offender Management Update 2009, Paper 2).
/// </summary>
[Collection(HubCollection.Name)]
public sealed class ReceptionAlertJourneyTests(HubOnRabbitMq hub)
{
    readonly HttpClient _prison = hub.Adapter(Agency.Prison);

    [Fact]
    public async Task A_reception_of_a_ppo_posted_to_the_prison_adapter_alerts_the_prison_feed()
    {
        var pncId = People.NewPncId();
        await hub.SelectAsPpo(pncId);
        var reception = await _prison.PostAccepted(Reception, Bodies.Reception(pncId, "MDI"));

        var alert = Assert.Single(await _prison.WaitForItems(ReceptionAlert, pncId));
        Assert.Equal("hub", alert.GetProperty("sender").GetString());
        Assert.Equal("ppo-custody-alert", alert.GetProperty("purpose").GetString());
        Assert.Equal(reception, alert.GetProperty("sourceMessageId").GetGuid());
        var payload = alert.GetProperty("payload");
        Assert.Equal("MDI", payload.GetProperty("prisonCode").GetString());
        Assert.Equal("reception", payload.GetProperty("trigger").GetString());
        Assert.Equal(Bodies.SchemeCode, payload.GetProperty("scheme").GetProperty("code").GetString());
        Assert.Equal(Bodies.SchemeName, payload.GetProperty("scheme").GetProperty("name").GetString());
        Assert.Equal(Bodies.LeadOfficer, payload.GetProperty("leadOfficer").GetProperty("name").GetString());
        Assert.Equal(Bodies.SelectionReason, payload.GetProperty("selectionReason").GetString());
    }

    [Fact]
    public async Task A_reception_reposted_with_the_same_message_id_after_it_was_relayed_is_recognised_and_raises_one_alert()
    {
        var pncId = People.NewPncId();
        await hub.SelectAsPpo(pncId);
        var messageId = Guid.NewGuid();

        await _prison.PostAccepted(Reception, Bodies.Reception(pncId), messageId);
        await hub.WaitUntilRelayed(messageId);
        await _prison.PostAccepted(Reception, Bodies.Reception(pncId), messageId);

        // The repost was recognised at the edge (its id is remembered with its body), so nothing was stored to relay
        // again; the first copy has been taken off the hub's queues, and whatever it caused has reached the feed.
        await hub.WaitUntilRelayed(messageId);
        await hub.OrchestratorReceives.WaitUntilFinished(HubIntake.Queue, messageId, times: 1);
        await _prison.WaitForItems(ReceptionAlert, pncId);
        await hub.FreshPpoAlert();

        Assert.Single(await _prison.ItemsNow(ReceptionAlert, pncId));
    }

    [Fact]
    public async Task A_ppo_selected_while_already_in_custody_alerts_the_holding_prison()
    {
        var pncId = People.NewPncId();
        await hub.ReceiveIntoCustody(pncId, "LEI");
        await hub.Adapter(Agency.Police).PostAccepted(PpoSelected, Bodies.PpoSelected(pncId));

        var alert = Assert.Single(await _prison.WaitForItems(ReceptionAlert, pncId));
        Assert.Equal("LEI", alert.GetProperty("payload").GetProperty("prisonCode").GetString());
        Assert.Equal("selectedWhileInCustody", alert.GetProperty("payload").GetProperty("trigger").GetString());
    }

    [Fact]
    public async Task A_reception_of_someone_who_is_not_a_ppo_raises_no_alert()
    {
        var pncId = People.NewPncId();
        await hub.ReceiveIntoCustody(pncId);
        await hub.FreshPpoAlert();

        Assert.Empty(await _prison.ItemsNow(ReceptionAlert, pncId));
    }

    [Theory]
    [InlineData(Agency.Cps)]
    [InlineData(Agency.Courts)]
    [InlineData(Agency.Prison)]
    [InlineData(Agency.Probation)]
    public async Task A_ppo_selection_posted_to_the_police_adapter_reaches_each_partner_the_agreements_name(Agency partner)
    {
        var pncId = People.NewPncId();
        var selection = await hub.Adapter(Agency.Police).PostAccepted(PpoSelected, Bodies.PpoSelected(pncId));

        var item = Assert.Single(await hub.Adapter(partner).WaitForItems(PpoSelected, pncId));
        Assert.Equal("police", item.GetProperty("sender").GetString());
        Assert.Equal("ppo-management", item.GetProperty("purpose").GetString());
        Assert.Equal(selection, item.GetProperty("sourceMessageId").GetGuid());
        // Prison and probation plan sentences with the reasons; CPS and courts get the flag without them (ppo-list).
        var gotReason = item.GetProperty("payload").TryGetProperty("selectionReason", out var reason);
        Assert.Equal(partner is Agency.Prison or Agency.Probation, gotReason);
        if (gotReason) Assert.Equal(Bodies.SelectionReason, reason.GetString());
    }

    [Fact]
    public async Task A_ppos_reception_posted_to_the_prison_adapter_reaches_probation()
    {
        var pncId = People.NewPncId();
        await hub.SelectAsPpo(pncId);
        await _prison.PostAccepted(Reception, Bodies.Reception(pncId, "HMI"));

        var item = Assert.Single(await hub.Adapter(Agency.Probation).WaitForItems(Reception, pncId));
        Assert.Equal("prison", item.GetProperty("sender").GetString());
        Assert.Equal("HMI", item.GetProperty("payload").GetProperty("prisonCode").GetString());
    }
}
