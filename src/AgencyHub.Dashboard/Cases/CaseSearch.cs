using System.Text;
using AgencyHub.Contracts.Identity;
using AgencyHub.Dashboard.Pages;
using AgencyHub.Persistence;
using AgencyHub.Persistence.People;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Cases;

/// <summary>
/// <c>GET /cases?q=&amp;dob=</c>: finds people in the register by any identifier (PNC ID, CRO number, prison number, CRN),
/// written as the agencies write them (it is read into canonical form first), optionally narrowed by date of birth. The
/// contracts carry no names, so the hub keeps none and cannot search by one.
/// </summary>
public static class CaseSearch
{
    const int Shown = 50;

    /// <summary>The search form and what it found.</summary>
    public static async Task<IResult> Page(string? q, string? dob, HttpContext http, IAntiforgery antiforgery, IDbContextFactory<HubDbContext> databases,
        CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        DateOnly? dateOfBirth = null;
        if (!string.IsNullOrWhiteSpace(dob))
        {
            if (DateOnly.TryParseExact(dob.Trim(), "yyyy-MM-dd", out var day)) dateOfBirth = day;
            else errors.Add("dob: a date of birth is written yyyy-mm-dd.");
        }
        var identifiers = string.IsNullOrWhiteSpace(q) ? [] : Identifiers(q.Trim());
        if (!string.IsNullOrWhiteSpace(q) && identifiers.Count == 0)
            errors.Add("q: not a PNC ID (2004/0123456X), CRO number (012345/04X), prison number (A1234BC) or CRN (X123456).");
        var found = identifiers.Count == 0 || errors.Count > 0 ? [] : await Find(databases, identifiers, dateOfBirth, cancellationToken);

        var html = new StringBuilder($"""
            <form class="search" method="get" action="/cases" role="search">
            <div><label for="q">Identifier</label><input id="q" name="q" value="{Html.Encode(q)}" size="24"></div>
            <div><label for="dob">Date of birth (optional)</label><input id="dob" name="dob" type="date" value="{Html.Encode(dob)}"></div>
            <button type="submit">Search</button></form>
            """);
        foreach (var error in errors) html.Append($"<p class=\"error\" role=\"alert\">{Html.Encode(error)}</p>");
        if (identifiers.Count > 0 && errors.Count == 0) html.Append(Results(found));
        return DashboardLayout.Page(http, antiforgery, "Cases", html.ToString(), errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    // Every kind the text reads as: "A1234BC" is only a prison number, but some texts fit more than one kind.
    static List<(IdentifierKind Kind, string Value)> Identifiers(string text) =>
        [.. new OffenderIdentity { PncId = text, CroNumber = text, PrisonNumber = text, Crn = text }.Identifiers()];

    static async Task<List<(PersonRecord Person, List<(string Scheme, string State)> Cases)>> Find(IDbContextFactory<HubDbContext> databases,
        List<(IdentifierKind Kind, string Value)> identifiers, DateOnly? dateOfBirth, CancellationToken cancellationToken)
    {
        string? Of(IdentifierKind kind) => identifiers.FirstOrDefault(i => i.Kind == kind).Value;
        var (pnc, cro, prison, crn) = (Of(IdentifierKind.PncId), Of(IdentifierKind.CroNumber), Of(IdentifierKind.PrisonNumber), Of(IdentifierKind.Crn));
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var people = await db.People.AsNoTracking()
            .Where(p => (pnc != null && p.PncId == pnc) || (cro != null && p.CroNumber == cro) || (prison != null && p.PrisonNumber == prison)
                || (crn != null && p.Crn == crn))
            .Where(p => dateOfBirth == null || p.DateOfBirth == dateOfBirth)
            .OrderBy(p => p.PncId).ThenBy(p => p.PersonId)
            .Take(Shown)
            .ToListAsync(cancellationToken);
        var ids = people.Select(p => p.PersonId).ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.PersonId))
            .Select(c => new { c.PersonId, c.SchemeName, c.CurrentState }).ToListAsync(cancellationToken);
        return [.. people.Select(p => (p, cases.Where(c => c.PersonId == p.PersonId).Select(c => (c.SchemeName, c.CurrentState)).ToList()))];
    }

    static string Results(List<(PersonRecord Person, List<(string Scheme, string State)> Cases)> found)
    {
        if (found.Count == 0) return "<p>No one in the register has that identifier.</p>";
        var html = new StringBuilder("""
            <table><caption>People found</caption><thead><tr><th scope="col">Identifiers</th><th scope="col">Date of birth</th>
            <th scope="col">Where</th><th scope="col">PPO cases</th><th scope="col"></th></tr></thead><tbody>
            """);
        foreach (var (person, cases) in found)
            html.Append($"<tr><td>{Html.Encode(JourneyPage.IdentifiersOf(person))}</td><td>{Html.Date(person.DateOfBirth)}</td>")
                .Append($"<td>{JourneyPage.Where(person)}</td>")
                .Append($"<td>{(cases.Count == 0 ? "none" : string.Join("<br>", cases.Select(c => $"{Html.Encode(c.Scheme)}: {Html.Encode(c.State)}")))}</td>")
                .Append($"<td><a href=\"/people/{person.PersonId}\">Journey</a></td></tr>\n");
        return html.Append("</tbody></table>").ToString();
    }
}
