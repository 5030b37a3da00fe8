using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Cases;
using AgencyHub.Sagas;
using AgencyHub.Sagas.Intake;
using AgencyHub.Sagas.Cases;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>Steps of the first journey that several tests take, through the adapters' HTTP APIs.</summary>
public static class Journeys
{
    public const string PpoSelected = "ppo-selected";
    public const string Reception = "reception-into-custody";
    public const string ReceptionAlert = "ppo-reception-alert";
    public const string DeadlineBreached = "deadline-breached";

    /// <summary>
    /// The police select the person as a PPO; returns once the hub has taken the selection in (the person's PPO case
    /// opens in the same transaction), so a reception posted next finds the case open.
    /// </summary>
    public static async Task<Guid> SelectAsPpo(this HubOnRabbitMq hub, string pncId)
    {
        var id = await hub.Adapter(Agency.Police).PostAccepted(PpoSelected, Bodies.PpoSelected(pncId));
        await hub.OrchestratorReceives.WaitUntilFinished(HubIntake.Queue, id);
        return id;
    }

    /// <summary>A prison receives the person; returns once the hub's custody rules have taken it in.</summary>
    public static async Task<Guid> ReceiveIntoCustody(this HubOnRabbitMq hub, string pncId, string prisonCode = "LEI", Guid? messageId = null)
    {
        var id = await hub.Adapter(Agency.Prison).PostAccepted(Reception, Bodies.Reception(pncId, prisonCode), messageId);
        await hub.OrchestratorReceives.WaitUntilFinished(HubIntake.Queue, id);
        return id;
    }

    /// <summary>
    /// A whole journey for a fresh person (selected, then received) ending with their alert in the prison feed.
    /// Posted after other work, it is a barrier: what that work sent the prison has reached the feed by then.
    /// </summary>
    public static async Task<JsonElement> FreshPpoAlert(this HubOnRabbitMq hub)
    {
        var pncId = People.NewPncId();
        await hub.SelectAsPpo(pncId);
        await hub.ReceiveIntoCustody(pncId);
        return Assert.Single(await hub.Adapter(Agency.Prison).WaitForItems(ReceptionAlert, pncId));
    }
}
