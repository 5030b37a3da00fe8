using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Sagas.Intake;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// A recall end to end over RabbitMQ, PostgreSQL and the hub's scheduler, each host as its own user and role:
/// probation asks, the ERRS revokes through the prison adapter, the police's copy comes marked for priority, and the
/// prison's report of the return closes the recall.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class RecallJourneyTests(HubOnRabbitMq hub)
{
    async Task<Guid> Posted(Agency agency, string type, System.Text.Json.Nodes.JsonNode body)
    {
        var id = await hub.Adapter(agency).PostAccepted(type, body);
        await hub.OrchestratorReceives.WaitUntilFinished(HubIntake.Queue, id);
        return id;
    }

    [Fact]
    public async Task A_recall_runs_from_probations_request_through_the_polices_priority_copy_to_the_return()
    {
        var pncId = People.NewPncId();
        var recallId = Guid.NewGuid();
        var requestedAt = DateTimeOffset.UtcNow.AddMinutes(-30);
        await hub.SelectAsPpo(pncId);
        var person = await hub.PersonWith(pncId);

        await Posted(Agency.Probation, "recall-requested", Bodies.RecallRequested(pncId, recallId, requestedAt));
        await using (var db = DatabaseSettings.OwnerContext(hub.Database))
        {
            var requested = await db.Recalls.AsNoTracking().SingleAsync(r => r.PersonId == person);
            Assert.Equal(("Requested", recallId), (requested.CurrentState, requested.RecallId));
            Assert.Equal(requestedAt.AddHours(24).ToUnixTimeSeconds(), requested.DecisionDueAt!.Value.ToUnixTimeSeconds());
        }
        await Posted(Agency.Prison, "recall-decided", Bodies.RecallDecided(pncId, recallId, requestedAt.AddMinutes(20)));
        var forPolice = Assert.Single(await hub.Adapter(Agency.Police).WaitForItems("recall-decided", pncId));
        await Posted(Agency.Prison, "returned-to-custody", Bodies.ReturnedToCustody(pncId, recallId, requestedAt.AddMinutes(25)));

        Assert.Equal(["ppo", "priority"], forPolice.GetProperty("marks").EnumerateArray().Select(m => m.GetString()!).ToArray());
        await using var after = DatabaseSettings.OwnerContext(hub.Database);
        var closed = await after.Recalls.AsNoTracking().SingleAsync(r => r.PersonId == person);
        Assert.Equal(("Closed", "returned to custody"), (closed.CurrentState, closed.ClosedBecause));
    }
}
