using System.Text;
using AgencyHub.Dashboard.Pages;
using AgencyHub.Persistence;
using AgencyHub.Sagas.Deadlines.Open;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Boards;

/// <summary>
/// <c>GET /deadlines?scheme=&amp;page=</c>: every open deadline of every saga (<see cref="OpenDeadlines"/>), those already
/// passed first, each with its due time, the time left, the rule it rests on and what happens when it passes, a page of
/// <see cref="PageSize"/> at a time. Live, on the hub's clock, so a deadline moves to the top as it passes.
/// </summary>
public static class DeadlineBoardPage
{
    /// <summary>Deadlines on one page of the board: thousands of cases have tens of thousands, more than anyone reads at once.</summary>
    public const int PageSize = 100;

    /// <summary>The board, or a 400 page naming <c>page</c> when it is not a page number.</summary>
    public static async Task<IResult> Page(string? scheme, string? page, HttpContext http, IAntiforgery antiforgery, OpenDeadlines deadlines,
        IDbContextFactory<HubDbContext> databases, TimeProvider clock, CancellationToken cancellationToken)
    {
        var number = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, out number) || number < 1))
            return DashboardLayout.Page(http, antiforgery, "Deadlines", "<p class=\"error\" role=\"alert\">page: a page number, 1 or more.</p>",
                StatusCodes.Status400BadRequest);
        scheme = string.IsNullOrWhiteSpace(scheme) ? null : scheme;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var open = await deadlines.List(db, now, scheme, person: null, cancellationToken);
        var passed = open.Count(d => d.DueAt <= now);
        var pages = Math.Max(1, (open.Count + PageSize - 1) / PageSize);
        number = Math.Min(number, pages);
        var html = new StringBuilder(await SchemeFilter.Form(db, "/deadlines", scheme, cancellationToken))
            .Append($"<p>{open.Count} open, <strong class=\"{(passed > 0 ? "breached" : "")}\">{passed} passed</strong>, as of {Html.Time(now)}.</p>")
            .Append(Table(open.Skip((number - 1) * PageSize).Take(PageSize).ToList(), now, withPerson: true))
            .Append(Pager(scheme, number, pages, open.Count));
        return DashboardLayout.Page(http, antiforgery, "Deadlines", html.ToString(), live: true);
    }

    static string Pager(string? scheme, int number, int pages, int count)
    {
        if (pages == 1) return "";
        string Link(int to, string text) =>
            $"<a href=\"{Html.Encode($"/deadlines?page={to}{(scheme is null ? "" : $"&scheme={Uri.EscapeDataString(scheme)}")}")}\">{text}</a>";
        var first = (number - 1) * PageSize + 1;
        return $"<nav class=\"pager\" aria-label=\"Pages of deadlines\">{(number > 1 ? Link(number - 1, "Previous") : "")} " +
            $"<span>{first}–{Math.Min(first + PageSize - 1, count)} of {count} (page {number} of {pages})</span> " +
            $"{(number < pages ? Link(number + 1, "Next") : "")}</nav>";
    }

    /// <summary>The table of <paramref name="open"/> deadlines, passed ones marked; with links to journeys when asked.</summary>
    public static string Table(IReadOnlyList<OpenDeadline> open, DateTimeOffset now, bool withPerson)
    {
        if (open.Count == 0) return "<p class=\"muted\">No open deadlines.</p>";
        var html = new StringBuilder("<table><thead><tr><th scope=\"col\">Due</th><th scope=\"col\">Time left</th><th scope=\"col\">Deadline</th>" +
            "<th scope=\"col\">Saga</th><th scope=\"col\">About</th><th scope=\"col\">Scheme</th><th scope=\"col\">Basis</th>" +
            "<th scope=\"col\">When it passes</th>" + (withPerson ? "<th scope=\"col\"></th>" : "") + "</tr></thead><tbody>");
        foreach (var d in open)
            html.Append($"<tr class=\"{(d.DueAt <= now ? "breached" : "pending")}\"><td>{Html.Time(d.DueAt)}</td><td>{Html.TimeLeft(d.DueAt, now)}</td>")
                .Append($"<td>{Html.Encode(d.Deadline)}</td><td>{Html.Encode(d.Saga)}</td><td>{Html.Encode(d.Subject)}</td>")
                .Append($"<td>{Html.Encode(d.Scheme ?? "–")}</td><td>{Html.Encode(d.Basis)}</td><td>{Html.Encode(d.WhenPassed)}</td>")
                .Append(withPerson ? $"<td>{(d.PersonId is { } person ? $"<a href=\"/people/{person}\">Journey</a>" : "")}</td>" : "")
                .Append("</tr>\n");
        return html.Append("</tbody></table>").ToString();
    }
}
