using System.Text;
using AgencyHub.Dashboard.Pages;
using AgencyHub.Persistence;
using AgencyHub.Sagas.Deadlines.Open;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Boards;

/// <summary>
/// <c>GET /deadlines?scheme=</c>: every open deadline of every saga (<see cref="OpenDeadlines"/>), those already passed
/// first, each with its due time, the time left, the rule it rests on and what happens when it passes. Live, on the
/// hub's clock, so a deadline moves to the top as it passes.
/// </summary>
public static class DeadlineBoardPage
{
    /// <summary>The board.</summary>
    public static async Task<IResult> Page(string? scheme, HttpContext http, IAntiforgery antiforgery, OpenDeadlines deadlines,
        IDbContextFactory<HubDbContext> databases, TimeProvider clock, CancellationToken cancellationToken)
    {
        scheme = string.IsNullOrWhiteSpace(scheme) ? null : scheme;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var open = await deadlines.List(db, now, scheme, person: null, cancellationToken);
        var passed = open.Count(d => d.DueAt <= now);
        var html = new StringBuilder(await SchemeFilter.Form(db, "/deadlines", scheme, cancellationToken))
            .Append($"<p>{open.Count} open, <strong class=\"{(passed > 0 ? "breached" : "")}\">{passed} passed</strong>, as of {Html.Time(now)}.</p>")
            .Append(Table(open, now, withPerson: true));
        return DashboardLayout.Page(http, antiforgery, "Deadlines", html.ToString(), live: true);
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
