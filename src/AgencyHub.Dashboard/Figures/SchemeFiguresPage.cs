using System.Text;
using AgencyHub.Admin;
using AgencyHub.Dashboard.Pages;
using AgencyHub.Persistence;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Figures;

/// <summary><c>GET /figures</c>: each scheme's <see cref="SchemeFigure"/>s as a table, or with <c>format=csv</c> as CSV.</summary>
public static class SchemeFiguresPage
{
    static readonly string[] Headings =
    [
        "Scheme code", "Scheme", "PPOs", "In custody", "Recall outstanding", "On licence", "In the community", "At large", "De-selected",
        "Receptions", "Releases", "Recalls", "Deadlines met", "Deadlines breached",
    ];

    /// <summary>The page or the CSV; a <c>format</c> other than html or csv is a 400 page naming it.</summary>
    public static async Task<IResult> Page(string? format, HttpContext http, IAntiforgery antiforgery, IDbContextFactory<HubDbContext> databases,
        CancellationToken cancellationToken)
    {
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && format is not null && !string.Equals(format, "html", StringComparison.OrdinalIgnoreCase))
            return DashboardLayout.Page(http, antiforgery, "Scheme figures", "<p class=\"error\" role=\"alert\">format: html or csv.</p>",
                StatusCodes.Status400BadRequest);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var figures = await SchemeFigure.Of(db, cancellationToken);
        if (csv)
            return Results.File(Encoding.UTF8.GetBytes(Csv(figures)), "text/csv; charset=utf-8", "scheme-figures.csv");
        var html = new StringBuilder("<p><a href=\"/figures?format=csv\" download>Download as CSV</a></p>");
        if (figures.Count == 0) return DashboardLayout.Page(http, antiforgery, "Scheme figures", html.Append("<p class=\"muted\">No PPO cases yet.</p>").ToString());
        html.Append("<table><thead><tr>").AppendJoin("", Headings.Skip(1).Select(h => $"<th scope=\"col\">{Html.Encode(h)}</th>")).Append("</tr></thead><tbody>");
        foreach (var f in figures)
            html.Append($"<tr><th scope=\"row\">{Html.Encode(f.SchemeName)}</th>").AppendJoin("", Numbers(f).Select(n => $"<td>{n}</td>")).Append("</tr>\n");
        html.Append("</tbody></table>");
        return DashboardLayout.Page(http, antiforgery, "Scheme figures", html.ToString(), live: true);
    }

    static int[] Numbers(SchemeFigure f) =>
    [
        f.Ppos, f.InCustody, f.RecallOutstanding, f.OnLicence, f.InCommunity, f.AtLarge, f.Deselected, f.Receptions, f.Releases, f.Recalls,
        f.DeadlinesMet, f.DeadlinesBreached,
    ];

    static string Csv(List<SchemeFigure> figures)
    {
        var csv = new StringBuilder().AppendJoin(",", Headings).Append("\r\n");
        foreach (var f in figures)
            csv.Append(CsvText.Field(f.SchemeCode)).Append(',').Append(CsvText.Field(f.SchemeName)).Append(',').AppendJoin(",", Numbers(f)).Append("\r\n");
        return csv.ToString();
    }
}
