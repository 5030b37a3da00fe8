using System.Net;
using System.Text;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Journal;

namespace AgencyHub.Host;

/// <summary>The plain page at <c>/</c>: the most recent messages through the hub. The real dashboard comes later.</summary>
public static class RecentMessagesPage
{
    const int Shown = 100;

    /// <summary>Renders the page.</summary>
    public static IResult Render(MessageJournal journal)
    {
        var html = new StringBuilder("""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
            <title>AgencyHub: recent messages</title>
            <style>body{font-family:sans-serif;margin:2rem}table{border-collapse:collapse}td,th{padding:.3rem .6rem;border-bottom:1px solid #ccc;text-align:left}.blocked,.identityconflict{color:#a00}</style>
            </head><body><h1>AgencyHub: recent messages</h1>
            <p>Newest first; refreshed every 5 seconds. Each agency's API is under <code>/agencies/{agency}/</code>; the catalogue is at <code>/agencies/police/catalogue</code>.</p>
            <table><thead><tr><th>When (UTC)</th><th>What</th><th>Message type</th><th>From</th><th>To</th><th>Id</th><th>Detail</th></tr></thead><tbody>
            """);
        var entries = journal.Recent(Shown);
        foreach (var entry in entries)
            html.Append($"<tr class=\"{entry.Kind.ToString().ToLowerInvariant()}\"><td>{entry.At:yyyy-MM-dd HH:mm:ss}</td><td>{entry.Kind}</td>")
                .Append($"<td>{Encode(entry.MessageType)}</td><td>{entry.From.Slug()}</td><td>{entry.To?.Slug()}</td>")
                .Append($"<td><code>{entry.MessageId}</code></td><td>{Encode(entry.Detail)}</td></tr>\n");
        if (entries.Count == 0)
            html.Append("<tr><td colspan=\"7\">No messages yet.</td></tr>\n");
        html.Append("</tbody></table></body></html>\n");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    static string Encode(string text) => WebUtility.HtmlEncode(text);
}
