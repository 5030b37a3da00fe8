using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using static AgencyHub.IntegrationTests.Support.Journeys;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// A deadline end to end over RabbitMQ and PostgreSQL: the PPO case saga schedules it with the orchestrator's Quartz
/// scheduler, which sends it back when it falls due, and the escalation reaches the agencies' feeds.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class DeadlineJourneyTests(HubOnRabbitMq hub)
{
    [Fact]
    public async Task A_needs_assessment_not_reported_within_24_hours_of_arrival_is_escalated_to_the_prison_when_due()
    {
        var pncId = People.NewPncId();
        await hub.SelectAsPpo(pncId);
        var prison = hub.Adapter(Agency.Prison);
        // Received nearly 24 hours ago: the assessment falls due in 20 seconds.
        var dueAt = DateTimeOffset.UtcNow.AddSeconds(20);
        await prison.PostAccepted(Reception, Bodies.Reception(pncId).With(body => body["receivedAt"] = dueAt.AddHours(-24).ToString("O")));

        await prison.WaitForItems(ReceptionAlert, pncId);
        Assert.Empty(await prison.ItemsNow(DeadlineBreached, pncId));
        var breach = Assert.Single(await prison.WaitForItems(DeadlineBreached, pncId));
        Assert.True(DateTimeOffset.UtcNow >= dueAt, "the escalation came before its deadline");
        var payload = breach.GetProperty("payload");
        Assert.Equal("needsAssessment", payload.GetProperty("kind").GetString());
        Assert.Equal("prison", payload.GetProperty("responsible").GetString());
        Assert.Single(await hub.Adapter(Agency.Police).WaitForItems(DeadlineBreached, pncId));
    }
}
