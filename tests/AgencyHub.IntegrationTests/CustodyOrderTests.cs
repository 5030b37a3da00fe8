using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Persistence;
using AgencyHub.Sagas.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AgencyHub.IntegrationTests.Support.Journeys;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// Messages about one person posted at the same moment reach the hub together and are taken by competing
/// consumers on PostgreSQL: whichever commits second is retried, and the person ends where the later event says.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class CustodyOrderTests(HubOnRabbitMq hub)
{
    readonly HttpClient _prison = hub.Adapter(Agency.Prison);

    [Fact]
    public async Task A_reception_and_the_release_10_ms_after_it_posted_together_leave_the_person_released_in_either_order()
    {
        var receivedAt = DateTimeOffset.Parse("2026-11-23T09:30:00Z");
        var releasedAt = receivedAt.AddMilliseconds(10);
        var people = Enumerable.Range(0, 6).Select(_ => People.NewPncId()).ToArray();
        foreach (var pncId in people) await hub.SelectAsPpo(pncId);

        var posted = await Task.WhenAll(people.Select((pncId, i) =>
        {
            var reception = Bodies.Reception(pncId);
            var release = Bodies.Release(pncId, releasedAt);
            return i % 2 == 0
                ? Task.WhenAll(_prison.PostAccepted(Reception, reception), _prison.PostAccepted("offender-released", release))
                : Task.WhenAll(_prison.PostAccepted("offender-released", release), _prison.PostAccepted(Reception, reception));
        }));
        foreach (var id in posted.SelectMany(ids => ids)) await hub.OrchestratorReceives.WaitUntilFinished(HubIntake.Queue, id);

        await using var db = await hub.Orchestrator.Services.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContextAsync();
        var persons = await db.People.Where(p => people.Contains(p.PncId!)).ToListAsync();
        Assert.All(persons, p => Assert.Equal((null, releasedAt), (p.PrisonCode, p.CustodyAsOf)));
        var ids = persons.Select(p => p.PersonId).ToArray();
        var cases = await db.Cases.Where(c => ids.Contains(c.PersonId)).ToListAsync();
        Assert.Equal(people.Length, cases.Count);
        Assert.All(cases, c => Assert.Equal("OnLicence", c.CurrentState));
    }

    [Fact]
    public async Task A_selection_and_a_reception_posted_together_leave_the_case_in_custody_and_alert_the_prison_once_in_either_order()
    {
        var police = hub.Adapter(Agency.Police);
        var people = Enumerable.Range(0, 6).Select(_ => People.NewPncId()).ToArray();

        var posted = await Task.WhenAll(people.Select((pncId, i) =>
        {
            Task<Guid> selection() => police.PostAccepted(PpoSelected, Bodies.PpoSelected(pncId));
            Task<Guid> reception() => _prison.PostAccepted(Reception, Bodies.Reception(pncId));
            return i % 2 == 0 ? Task.WhenAll(selection(), reception()) : Task.WhenAll(reception(), selection());
        }));
        foreach (var id in posted.SelectMany(ids => ids)) await hub.OrchestratorReceives.WaitUntilFinished(HubIntake.Queue, id);
        await hub.FreshPpoAlert();

        await using var db = await hub.Orchestrator.Services.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContextAsync();
        var ids = await db.People.Where(p => people.Contains(p.PncId!)).Select(p => p.PersonId).ToListAsync();
        var cases = await db.Cases.Where(c => ids.Contains(c.PersonId)).ToListAsync();
        Assert.Equal(people.Length, cases.Count);
        Assert.All(cases, c => Assert.Equal(("InCustody", "LEI"), (c.CurrentState, c.AlertedPrisonCode)));
        foreach (var pncId in people) Assert.Single(await _prison.ItemsNow(ReceptionAlert, pncId));
    }
}
