using System.Net;
using System.Text.RegularExpressions;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Dashboard.Boards;
using AgencyHub.Persistence.Cases;
using AgencyHub.Contracts.Identity;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Dashboard;

/// <summary>
/// The deadline board lists every saga's open deadlines on the hub's clock (injected here): time left, the rule and what
/// happens when it passes; a deadline that passes moves to the top, marked, at the next live update.
/// </summary>
public sealed class DeadlineBoardTests : IAsyncLifetime
{
    readonly FakeTimeProvider _clock = new(Now);
    AllInOneClient _hub = null!;

    public async Task InitializeAsync() => _hub = await AllInOneClient.Start(clock: _clock);

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    async Task<OffenderIdentity> ReceivedPpo(int serial)
    {
        var offender = ByPnc(serial);
        await _hub.Post(Agency.Police, "ppo-selected", Selected(offender));
        await _hub.Post(Agency.Prison, "reception-into-custody", Reception(offender));
        await Poll.Until(async () => await _hub.Query(db => db.Cases.AnyAsync(c => c.PncId == offender.PncId && c.NeedsAssessmentDueAt != null)),
            () => $"the needs assessment of {offender.PncId} to be due");
        return offender;
    }

    [Fact]
    public async Task A_needs_assessment_is_listed_with_its_time_left_and_basis_and_is_marked_passed_once_its_time_has_gone()
    {
        var offender = await ReceivedPpo(301);
        _clock.Advance(TimeSpan.FromHours(1));
        var before = await (await _hub.Staff(StaffRole.ReadOnly)).Http.GetStringAsync("/deadlines");

        _clock.Advance(TimeSpan.FromHours(24));
        // The sign-in's cookie runs on the hub's clock too, and 25 hours outlast it: sign in again, as staff would.
        var session = await _hub.Staff(StaffRole.ReadOnly);
        using var update = await session.Fragment("/deadlines");
        var after = await update.Content.ReadAsStringAsync();

        Assert.Contains("<td>in 23 h 0 min</td><td>needs assessment</td><td>PPO case</td>", before);
        Assert.Contains($"<td>{offender.PncId}</td><td>Leeds PPO scheme</td><td>Offender Management Update 2009, Paper 2</td>", before);
        // The two reviews (six months without activity, two years on the list) are open from selection too.
        Assert.Contains("3 open, <strong class=\"\">0 passed</strong>", before);
        Assert.Contains("<tr class=\"breached\"><td><time", after);
        Assert.Contains("<td>passed 1 h 0 min ago</td><td>needs assessment</td>", after);
        Assert.Contains("3 open, <strong class=\"breached\">1 passed</strong>", after);
    }

    [Fact]
    public async Task A_met_deadline_leaves_the_board_and_the_journey_lists_the_person_s_open_ones()
    {
        var assessed = await ReceivedPpo(302);
        var waiting = await ReceivedPpo(303);
        await _hub.Post(Agency.Prison, "needs-assessment-completed", Assessed(assessed, Now));
        await Poll.Until(async () => await _hub.Query(db => db.Cases.AnyAsync(c => c.PncId == assessed.PncId && c.NeedsAssessedAt != null)),
            () => "the needs assessment to be recorded");
        var session = await _hub.Staff(StaffRole.Operator);
        var person = await _hub.Query(db => db.People.SingleAsync(p => p.PncId == waiting.PncId));

        var board = await session.Http.GetStringAsync("/deadlines?scheme=CDRP-LEEDS");
        var journey = await session.Http.GetStringAsync($"/people/{person.PersonId}");

        Assert.DoesNotContain($"<td>needs assessment</td><td>PPO case</td><td>{assessed.PncId}</td>", board);
        Assert.Contains($"<td>needs assessment</td><td>PPO case</td><td>{waiting.PncId}</td>", board);
        Assert.Contains("<h2>Open deadlines</h2>", journey);
        Assert.Contains("<td>needs assessment</td><td>PPO case</td>", journey);
    }

    [Fact]
    public async Task A_release_date_puts_the_pre_release_notice_on_the_board_with_its_basis()
    {
        var offender = await ReceivedPpo(304);
        await _hub.Post(Agency.Prison, "release-date-set", ReleaseDate(offender, DateOnly.FromDateTime(Now.UtcDateTime).AddDays(60)));
        await Poll.Until(async () => await _hub.Query(db => db.ReleaseWarnings.AnyAsync(w => w.FirstNoticeDueAt != null)),
            () => "the release warning's first notice to be due");
        var session = await _hub.Staff(StaffRole.ReadOnly);

        var board = await session.Http.GetStringAsync("/deadlines");

        Assert.Contains("<td>pre-release notice to the police</td><td>Release warning</td><td>release from LEI on 22 Jan 2027</td>", board);
        Assert.Contains("<td>PPO Strategy Supplementary Annex 2004 &#167;39</td><td>the hub sends it then</td>", board);
    }
}

/// <summary>The board shows a page of deadlines at a time, passed ones first across all the pages.</summary>
public sealed class DeadlineBoardPagingTests : IAsyncLifetime
{
    readonly FakeTimeProvider _clock = new(Now);
    AllInOneClient _hub = null!;

    public async Task InitializeAsync()
    {
        _hub = await AllInOneClient.Start(clock: _clock);
        // 130 needs assessments straight into the store, as the case saga leaves them: the 10th, 20th, … passed.
        await _hub.Query(db =>
        {
            for (var i = 1; i <= 130; i++)
                db.Cases.Add(new PpoCase
                {
                    CorrelationId = Guid.NewGuid(), CurrentState = "InCustody", PersonId = Guid.NewGuid(), SchemeCode = "CDRP-LEEDS",
                    SchemeName = "Leeds PPO scheme", PncId = ByPnc(1000 + i).PncId, SelectedAt = Now,
                    NeedsAssessmentDueAt = Now + (i % 10 == 0 ? -TimeSpan.FromHours(i) : TimeSpan.FromHours(i)),
                });
            return db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_page_holds_a_hundred_passed_ones_first_and_links_to_the_next_and_back()
    {
        var session = await _hub.Staff(StaffRole.ReadOnly);

        var first = await session.Http.GetStringAsync("/deadlines");
        var second = await session.Http.GetStringAsync("/deadlines?page=2");

        Assert.Equal(DeadlineBoardPage.PageSize, Regex.Count(first, "<tr class=\"(breached|pending)\">"));
        Assert.Equal(30, Regex.Count(second, "<tr class=\"(breached|pending)\">"));
        Assert.Equal(13, Regex.Count(first, "<tr class=\"breached\">"));
        Assert.Contains("130 open, <strong class=\"breached\">13 passed</strong>", second);
        // The longest overdue at the top.
        Assert.Matches("<tbody><tr class=\"breached\"><td><time[^<]*</time></td><td>passed 5 d 10 h ago</td>", first);
        Assert.Contains("<a href=\"/deadlines?page=2\">Next</a>", first);
        Assert.DoesNotContain("Previous", first);
        Assert.Contains("<a href=\"/deadlines?page=1\">Previous</a> <span>101–130 of 130 (page 2 of 2)</span>", second);
        Assert.DoesNotContain(">Next<", second);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("two")]
    public async Task A_page_that_is_not_a_page_number_is_refused_naming_the_field(string page)
    {
        var session = await _hub.Staff(StaffRole.ReadOnly);

        using var response = await session.Http.GetAsync($"/deadlines?page={page}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("page: a page number, 1 or more.", await response.Content.ReadAsStringAsync());
    }
}
