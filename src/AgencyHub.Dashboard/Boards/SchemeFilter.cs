using AgencyHub.Dashboard.Pages;
using AgencyHub.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Boards;

/// <summary>The boards' choice of one PPO scheme or all, from the schemes that have cases.</summary>
public static class SchemeFilter
{
    /// <summary>A form getting <paramref name="action"/> with <c>scheme</c>, <paramref name="chosen"/> selected.</summary>
    public static async Task<string> Form(HubDbContext db, string action, string? chosen, CancellationToken cancellationToken)
    {
        var schemes = await db.Cases.AsNoTracking().Select(c => new { c.SchemeCode, c.SchemeName }).Distinct()
            .OrderBy(s => s.SchemeName).ToListAsync(cancellationToken);
        return $"""
            <form class="search" method="get" action="{Html.Encode(action)}"><div><label for="scheme">Scheme</label>
            <select id="scheme" name="scheme"><option value="">All schemes</option>
            {string.Join("", schemes.Select(s => $"<option value=\"{Html.Encode(s.SchemeCode)}\"{(s.SchemeCode == chosen ? " selected" : "")}>{Html.Encode(s.SchemeName)}</option>"))}
            </select></div><button type="submit">Show</button></form>
            """;
    }
}
