using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Alerts;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Recall;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Cases;

/// <summary>
/// Where a person is (at large, held, on licence, recall outstanding) is kept once, on the person, and every case
/// of theirs starts from it and follows it: a case selected later finds the person where the register says.
/// </summary>
public class WhereAPersonIsTests
{
    static readonly OffenderIdentity Person = ByPnc(7);
    static readonly Guid RecallId = Guid.Parse("5b0e6a9c-26a4-4a7e-9d51-0f3f5c1f2e01");
    static readonly DateTimeOffset ReleasedOn = Now.AddDays(-30);

    [Fact]
    public async Task A_recall_of_someone_on_licence_is_outstanding_until_they_are_returned_and_the_prison_is_alerted()
    {
        await using var hub = await OnLicence(selectFirst: true);
        await hub.Post(RecallDecidedAt(Person, RecallId, Now.AddDays(-2)), Agency.Prison);
        await AssertWhere(hub, "RecallOutstanding", prison: null, recallId: RecallId);

        await hub.Post(ReturnedAt(Person, RecallId, Now, "MDI"), Agency.Prison);

        await AssertWhere(hub, "InCustody", prison: "MDI", recallId: null);
        Assert.Contains("MDI", (await hub.Received<PpoReceptionAlert>(Agency.Prison)).Select(a => a.PrisonCode));
    }

    [Fact]
    public async Task A_recall_refused_leaves_the_person_on_licence()
    {
        await using var hub = await OnLicence(selectFirst: true);
        await hub.Post(RecallDecidedAt(Person, RecallId, Now.AddDays(-2), RecallDecision.NotRecalled), Agency.Prison);

        await AssertWhere(hub, "OnLicence", prison: null, recallId: null);
    }

    [Fact]
    public async Task A_recall_decided_before_the_reception_that_followed_it_leaves_the_person_held()
    {
        await using var hub = await OnLicence(selectFirst: true);
        var receivedAt = Now.AddDays(-1);
        await hub.Post(Reception(Person, "LEI") with { ReceivedAt = receivedAt }, Agency.Prison);
        await hub.Post(RecallDecidedAt(Person, RecallId, receivedAt.AddHours(-3)), Agency.Prison);

        await AssertWhere(hub, "InCustody", prison: "LEI", recallId: null);
    }

    [Theory]
    [InlineData(true, "OnLicence")]
    [InlineData(false, "InCommunity")]
    public async Task A_person_selected_after_their_release_starts_on_licence_or_in_the_community(bool onLicence, string state)
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Reception(Person) with { ReceivedAt = ReleasedOn.AddDays(-90) }, Agency.Prison);
        await hub.Post(ReleasedAt(Person, ReleasedOn) with { OnLicence = onLicence }, Agency.Prison);
        await hub.Post(Selected(Person), Agency.Police);

        await AssertWhere(hub, state, prison: null, recallId: null);
    }

    [Fact]
    public async Task A_person_selected_while_a_recall_is_outstanding_starts_with_it_outstanding()
    {
        await using var hub = await OnLicence(selectFirst: false);
        await hub.Post(RecallDecidedAt(Person, RecallId, Now.AddDays(-2)), Agency.Prison);
        await hub.Post(Selected(Person), Agency.Police);

        await AssertWhere(hub, "RecallOutstanding", prison: null, recallId: RecallId);
    }

    [Fact]
    public async Task Every_case_of_one_person_follows_the_one_record_of_their_custody()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(Person, Leeds), Agency.Police);
        await hub.Post(Selected(Person, Bradford), Agency.Police);
        await hub.Post(Reception(Person, "LEI"), Agency.Prison);

        var states = await hub.Query(db => db.Cases.Select(c => c.CurrentState).ToListAsync());
        Assert.Equal(["InCustody", "InCustody"], states);
        Assert.Equal("LEI", (await hub.Query(db => db.People.SingleAsync())).PrisonCode);
    }

    static async Task<HubHarness> OnLicence(bool selectFirst)
    {
        var hub = await HubHarness.Start();
        if (selectFirst) await hub.Post(Selected(Person), Agency.Police);
        await hub.Post(Reception(Person) with { ReceivedAt = ReleasedOn.AddDays(-90) }, Agency.Prison);
        await hub.Post(ReleasedAt(Person, ReleasedOn), Agency.Prison);
        return hub;
    }

    static async Task AssertWhere(HubHarness hub, string state, string? prison, Guid? recallId)
    {
        var person = await hub.Query(db => db.People.SingleAsync());
        Assert.Equal((prison, recallId), (person.PrisonCode, person.RecallId));
        Assert.Equal(state, (await hub.Query(db => db.Cases.SingleAsync())).CurrentState);
    }
}
