using System.Text;
using AgencyHub.Dashboard.Pages;
using AgencyHub.Persistence;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Boards;

/// <summary>
/// <c>GET /sagas?scheme=&amp;saga=&amp;state=</c>: every saga's instances per state, optionally of one scheme; choosing a
/// count lists those instances, each linking to its person's journey. Live.
/// </summary>
public static class SagaBoardPage
{
    const int Listed = 100;

    /// <summary>The board.</summary>
    public static async Task<IResult> Page(string? scheme, string? saga, string? state, HttpContext http, IAntiforgery antiforgery,
        IEnumerable<ISagaBoardSource> sources, IDbContextFactory<HubDbContext> databases, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        scheme = string.IsNullOrWhiteSpace(scheme) ? null : scheme;
        var html = new StringBuilder(await SchemeFilter.Form(db, "/sagas", scheme, cancellationToken));
        foreach (var source in sources)
        {
            var counts = (await source.Counts(db, scheme, cancellationToken)).OrderBy(c => c.State, StringComparer.Ordinal).ToList();
            html.Append($"<h2>{Html.Encode(source.Saga)}</h2>");
            if (counts.Count == 0)
            {
                html.Append("<p class=\"muted\">No instances.</p>");
                continue;
            }
            html.Append("<table><thead><tr><th scope=\"col\">State</th><th scope=\"col\">Instances</th></tr></thead><tbody>");
            foreach (var count in counts)
                html.Append($"<tr><td>{Html.Encode(count.State)}</td><td><a href=\"{Link(scheme, source.Saga, count.State)}\">{count.Count}</a></td></tr>");
            html.Append($"</tbody><tfoot><tr><th scope=\"row\">All</th><td>{counts.Sum(c => c.Count)}</td></tr></tfoot></table>");
            if (source.Saga == saga && state is not null)
                html.Append(Instances(source.Saga, state, await source.Instances(db, scheme, state, Listed, cancellationToken)));
        }
        return DashboardLayout.Page(http, antiforgery, "Saga board", html.ToString(), live: true);
    }

    static string Link(string? scheme, string saga, string state) =>
        Html.Encode($"/sagas?saga={Uri.EscapeDataString(saga)}&state={Uri.EscapeDataString(state)}{(scheme is null ? "" : $"&scheme={Uri.EscapeDataString(scheme)}")}");

    static string Instances(string saga, string state, List<SagaInstanceRow> rows)
    {
        var html = new StringBuilder($"<table><caption>{Html.Encode(saga)}: {Html.Encode(state)}" +
            $"{(rows.Count == Listed ? $" (the latest {Listed})" : "")}</caption><thead><tr><th scope=\"col\">About</th>" +
            "<th scope=\"col\">Scheme</th><th scope=\"col\"></th></tr></thead><tbody>");
        foreach (var row in rows)
            html.Append($"<tr><td>{Html.Encode(row.Subject)}</td><td>{Html.Encode(row.Scheme ?? "–")}</td>")
                .Append($"<td>{(row.PersonId is { } person ? $"<a href=\"/people/{person}\">Journey</a>" : "")}</td></tr>");
        return html.Append("</tbody></table>").ToString();
    }
}
