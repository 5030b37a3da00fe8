using System.Text;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Dashboard.Boards;
using AgencyHub.Dashboard.Pages;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Database;
using AgencyHub.Persistence.People;
using AgencyHub.Sagas.Deadlines.Open;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Cases;

/// <summary>
/// <c>GET /people/{id}</c>: one person's journey. Where they are now (the register's row, the one record of custody),
/// their PPO cases, their open deadlines, every message each case took in from every agency with the state it left, the release warnings,
/// and who received what about them (the disclosures in the audit trail). Looking is itself a consultation of personal
/// data: it goes into the audit trail (<see cref="Consultations"/>). Live: the page keeps itself up to date.
/// </summary>
public static class JourneyPage
{
    /// <summary>The page, or 404 for a person the register does not hold.</summary>
    public static async Task<IResult> Page(Guid id, HttpContext http, IAntiforgery antiforgery, IDbContextFactory<HubDbContext> databases,
        Consultations consultations, OpenDeadlines deadlines, PersistenceOptions persistence, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == id, cancellationToken) is not { } person)
            return DashboardLayout.Page(http, antiforgery, "No such person", "<p>The register holds no one under this address. <a href=\"/cases\">Search</a></p>",
                StatusCodes.Status404NotFound);
        var journey = await PersonJourney.Of(db, persistence, person, cancellationToken);
        var now = clock.GetUtcNow();
        var open = await deadlines.List(db, now, scheme: null, person.PersonId, cancellationToken);
        await consultations.Record(http.User, person, cancellationToken);
        return DashboardLayout.Page(http, antiforgery, $"Journey of {IdentifiersOf(person)}",
            Render(journey, DeadlineBoardPage.Table(open, now, withPerson: false)), live: true);
    }

    /// <summary>The person's identifiers, e.g. "PNC 2004/0123456X, prison number A1234BC".</summary>
    public static string IdentifiersOf(PersonRecord person) => string.Join(", ", new[]
    {
        person.PncId is { } pnc ? $"PNC {pnc}" : null,
        person.CroNumber is { } cro ? $"CRO {cro}" : null,
        person.PrisonNumber is { } prison ? $"prison number {prison}" : null,
        person.Crn is { } crn ? $"CRN {crn}" : null,
    }.Where(i => i is not null));

    /// <summary>Where <paramref name="person"/> is, in words, as HTML.</summary>
    public static string Where(PersonRecord person) => WhereaboutsOf.Of(person) switch
    {
        Whereabouts.InCustody => $"In custody at {Html.Encode(person.PrisonCode)} since {Html.Time(person.InCustodySince)}" +
            (person.CustodyReason is { } reason ? $" ({Html.Encode(reason)})" : ""),
        Whereabouts.RecallOutstanding => $"Recall outstanding since {Html.Time(person.RecalledAt)}: not yet back in custody",
        Whereabouts.OnLicence => $"On licence since release at {Html.Time(person.ReleasedAt)}",
        Whereabouts.InCommunity => $"In the community since release at {Html.Time(person.ReleasedAt)}",
        _ => "At large: no custody on record",
    };

    static string Render(PersonJourney journey, string openDeadlines)
    {
        var person = journey.Person;
        var html = new StringBuilder($"""
            <dl><dt>Where now</dt><dd>{Where(person)}</dd>
            <dt>Date of birth</dt><dd>{Html.Date(person.DateOfBirth)}</dd>
            <dt>Expected release</dt><dd>{Html.Date(person.ReleaseDate)}</dd>
            <dt>In the register since</dt><dd>{Html.Time(person.RegisteredAt)}</dd></dl>
            """);
        html.Append(Table("PPO cases", ["Scheme", "State", "Selected", "Lead officer", "Reason", "Last sentence", "De-selected"], journey.Cases.Select(c => new[]
        {
            Html.Encode(c.SchemeName), Html.Encode(c.CurrentState), Html.Time(c.SelectedAt), Html.Encode(c.LeadOfficerName), Html.Encode(c.SelectionReason),
            Sentence(c),
            c.DeselectedAt is { } at ? $"{Html.Time(at)} (criterion {Html.Encode(c.DeselectionCriterion)})" : "–",
        })));
        html.Append("<h2>Open deadlines</h2>").Append(openDeadlines);
        html.Append(Table("Timeline", ["When", "From", "Message", "Scheme", "State after", "What happened"], journey.Timeline.Select(e => new[]
        {
            Html.Time(e.At), Html.Encode(e.Sender), Html.Encode(e.MessageType), Html.Encode(e.Scheme), Html.Encode(e.State), Html.Encode(e.Summary),
        })));
        html.Append(Table("Release warnings", ["Release date", "Prison", "Scheme", "State"], journey.Warnings.Select(w => new[]
        {
            Html.Date(w.ReleaseDate), Html.Encode(w.PrisonCode), Html.Encode(w.SchemeName), Html.Encode(w.CurrentState),
        })));
        html.Append(Table("Who received what", ["When", "Recipient", "Message", "Purpose", "Agreement"], journey.Disclosures.Select(d => new[]
        {
            Html.Time(d.At), Html.Encode(d.Recipient), Html.Encode(d.MessageType), Html.Encode(d.Purpose), Html.Encode(d.Agreement),
        })));
        return html.ToString();
    }

    static string Sentence(PpoCase c) => c.SentencedAt is not { } at ? "–"
        : $"{Html.Encode(c.SentenceDisposal)}{(c.CustodialLengthMonths is { } months ? $", {months} months" : "")}" +
          $"{(c.SupervisedBy is { } by ? $", supervised by {Html.Encode(by)}" : "")}, {Html.Time(at)}";

    static string Table(string caption, string[] headings, IEnumerable<string[]> rows)
    {
        var html = new StringBuilder($"<h2>{Html.Encode(caption)}</h2>");
        var body = new StringBuilder();
        foreach (var row in rows) body.Append("<tr>").AppendJoin("", row.Select(cell => $"<td>{cell}</td>")).Append("</tr>\n");
        if (body.Length == 0) return html.Append("<p class=\"muted\">None.</p>").ToString();
        return html.Append("<table><thead><tr>").AppendJoin("", headings.Select(h => $"<th scope=\"col\">{Html.Encode(h)}</th>"))
            .Append("</tr></thead><tbody>").Append(body).Append("</tbody></table>").ToString();
    }
}
