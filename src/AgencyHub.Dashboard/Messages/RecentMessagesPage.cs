using System.Text;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Dashboard.Pages;
using AgencyHub.Messaging.Journal;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace AgencyHub.Dashboard.Messages;

/// <summary>
/// <c>GET /messages</c>: the most recent messages through this host (accepted, delivered, blocked, identity
/// conflicts), newest first, from its in-memory journal. Live.
/// </summary>
public static class RecentMessagesPage
{
    const int Shown = 100;

    /// <summary>Renders the page.</summary>
    public static IResult Page(HttpContext http, IAntiforgery antiforgery, MessageJournal journal)
    {
        var html = new StringBuilder("""
            <p>Newest first, as this host saw them. Each agency's API is under <code>/agencies/{agency}/</code>; the catalogue is at
            <a href="/agencies/police/catalogue"><code>/agencies/police/catalogue</code></a>.</p>
            <table><thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col">Message type</th><th scope="col">From</th>
            <th scope="col">To</th><th scope="col">Id</th><th scope="col">Detail</th></tr></thead><tbody>
            """);
        var entries = journal.Recent(Shown);
        foreach (var entry in entries)
            html.Append($"<tr class=\"{entry.Kind.ToString().ToLowerInvariant()}\"><td>{Html.Time(entry.At)}</td><td>{entry.Kind}</td>")
                .Append($"<td>{Html.Encode(entry.MessageType)}</td><td>{entry.From.Slug()}</td><td>{entry.To?.Slug()}</td>")
                .Append($"<td><code>{entry.MessageId}</code></td><td>{Html.Encode(entry.Detail)}</td></tr>\n");
        if (entries.Count == 0)
            html.Append("<tr><td colspan=\"7\">No messages yet.</td></tr>\n");
        html.Append("</tbody></table>");
        return DashboardLayout.Page(http, antiforgery, "Recent messages", html.ToString(), live: true);
    }
}
