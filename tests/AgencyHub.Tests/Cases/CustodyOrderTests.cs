using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Alerts;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Identity;
using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.People;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Cases;

/// <summary>
/// Custody events about one person are applied in the order they happened, whatever order they arrive in: an older
/// event arriving late does not overwrite a newer fact, in the register or in the person's cases.
/// </summary>
public class CustodyOrderTests
{
    static readonly OffenderIdentity Person = ByPnc(1);
    static readonly ReceptionIntoCustody Reception = Messages.Reception(Person, "LEI");
    static readonly OffenderReleased Release = ReleasedAt(Person, Reception.ReceivedAt.AddMilliseconds(10));

    [Fact]
    public async Task A_release_10_ms_after_its_reception_leaves_the_person_released_when_it_arrives_first()
    {
        await using var hub = await Selected();
        await hub.Post(Release, Agency.Prison);
        await hub.Post(Reception, Agency.Prison);

        await AssertReleased(hub);
        // Released before the prison would have read it: the alert would be for someone no longer there.
        Assert.Empty(await hub.Received<PpoReceptionAlert>(Agency.Prison));
        var last = await hub.Query(db => db.CaseTimeline.OrderByDescending(e => e.Sequence).FirstAsync());
        Assert.Equal(("reception-into-custody", Reception.ReceivedAt), (last.MessageType, last.At));
        Assert.StartsWith("Not applied", last.Summary);
    }

    [Fact]
    public async Task A_release_10_ms_after_its_reception_leaves_the_person_released_when_it_arrives_second()
    {
        await using var hub = await Selected();
        await hub.Post(Reception, Agency.Prison);
        await hub.Post(Release, Agency.Prison);

        await AssertReleased(hub);
        Assert.Single(await hub.Received<PpoReceptionAlert>(Agency.Prison));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_reception_and_its_release_posted_together_leave_the_person_released_in_either_order(bool releaseFirst)
    {
        await using var hub = await Selected();
        if (releaseFirst) await hub.PostTogether((Release, Agency.Prison), (Reception, Agency.Prison));
        else await hub.PostTogether((Reception, Agency.Prison), (Release, Agency.Prison));

        await AssertReleased(hub);
    }

    [Fact]
    public async Task A_transfer_reported_before_the_reception_it_followed_leaves_the_person_in_the_new_prison()
    {
        await using var hub = await Selected();
        var transfer = Transfer(Person, "LEI", "MDI") with { TransferredAt = Reception.ReceivedAt.AddHours(2) };
        await hub.Post(transfer, Agency.Prison);
        await hub.Post(Reception, Agency.Prison);

        var person = await hub.Query(db => db.People.SingleAsync());
        Assert.Equal(("MDI", transfer.TransferredAt), (person.PrisonCode, person.CustodyAsOf));
        Assert.Equal("InCustody", (await hub.Query(db => db.Cases.SingleAsync())).CurrentState);
        Assert.Equal(["MDI"], (await hub.Received<PpoReceptionAlert>(Agency.Prison)).Select(a => a.PrisonCode));
    }

    [Fact]
    public async Task A_release_date_set_before_a_release_that_has_been_applied_is_not_kept_and_warns_nobody()
    {
        await using var hub = await Selected();
        await hub.Post(Reception, Agency.Prison);
        await hub.Post(Release, Agency.Prison);
        await hub.Post(ReleaseDate(Person, DateOnly.FromDateTime(Now.AddDays(60).UtcDateTime), setAt: Reception.ReceivedAt.AddMilliseconds(5)),
            Agency.Prison);

        var person = await hub.Query(db => db.People.SingleAsync());
        Assert.Equal((null, null), (person.ReleaseDate, person.ReleaseDateSetAt));
        Assert.Empty(await hub.Query(db => db.ReleaseWarnings.ToListAsync()));
    }

    static async Task<HubHarness> Selected()
    {
        var hub = await HubHarness.Start();
        await hub.Post(Messages.Selected(Person), Agency.Police);
        return hub;
    }

    static async Task AssertReleased(HubHarness hub)
    {
        PersonRecord person = await hub.Query(db => db.People.SingleAsync());
        Assert.Equal((null, Release.ReleasedAt, true), (person.PrisonCode, person.CustodyAsOf, person.ReleasedOnLicence));
        PpoCase ppoCase = await hub.Query(db => db.Cases.SingleAsync());
        Assert.Equal("OnLicence", ppoCase.CurrentState);
    }
}
