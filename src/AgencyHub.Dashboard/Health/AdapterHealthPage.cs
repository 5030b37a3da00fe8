using System.Globalization;
using System.Text;
using System.Text.Json;
using AgencyHub.Dashboard.Pages;
using AgencyHub.Messaging.Telemetry;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Health;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Health;

/// <summary>
/// <c>/adapters</c>: every running host's last heartbeat and, per receive endpoint, messages per minute, failed
/// attempts, mean processing time and the messages waiting on the broker, as each host's instruments measured them
/// (<see cref="HostVitals"/>); and the hub's backlog gauges. A host silent for three beats is marked. Live.
/// </summary>
public static class AdapterHealthPage
{
    static readonly (string Gauge, string Name)[] Backlog =
    [
        ("agencyhub.deadlines.pending", "deadlines pending"), ("agencyhub.deadlines.breached", "deadlines breached"),
        ("agencyhub.deliveries.held", "deliveries held"), ("agencyhub.messages.failed", "failed messages waiting"),
    ];

    /// <summary>The board.</summary>
    public static async Task<IResult> Page(HttpContext http, IAntiforgery antiforgery, IDbContextFactory<HubDbContext> databases,
        TelemetryOptions telemetry, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        // Ordered here: SQLite cannot order by an instant.
        var beats = (await db.HostHeartbeats.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(b => b.Host, StringComparer.Ordinal)
            .ThenByDescending(b => b.BeatAt).ToList();
        var now = clock.GetUtcNow();
        var silentAfter = telemetry.HeartbeatInterval * 3;
        var html = new StringBuilder();
        if (beats.Count == 0) return DashboardLayout.Page(http, antiforgery, "Adapter health", "<p class=\"muted\">No host has reported yet.</p>", live: true);
        html.Append("<table><thead><tr><th scope=\"col\">Host</th><th scope=\"col\">Process</th><th scope=\"col\">Started</th>")
            .Append("<th scope=\"col\">Last heartbeat</th><th scope=\"col\">State</th></tr></thead><tbody>");
        foreach (var beat in beats)
        {
            var silent = now - beat.BeatAt > silentAfter;
            html.Append(silent ? "<tr class=\"breached\">" : "<tr>")
                .Append($"<th scope=\"row\">{Html.Encode(beat.Host)}</th><td>{Html.Encode(beat.Instance)}</td><td>{Html.Time(beat.StartedAt)}</td>")
                .Append($"<td>{Html.Time(beat.BeatAt)}</td><td>{(silent ? $"silent, last seen {Ago(now - beat.BeatAt)} ago" : "alive")}</td></tr>\n");
        }
        html.Append("</tbody></table>");
        var vitals = beats.Select(b => (Beat: b, Vitals: Read(b))).ToList();
        if (vitals.FirstOrDefault(v => v.Vitals.Gauges.ContainsKey(Backlog[0].Gauge)) is { Vitals: { } hub })
            html.Append("<h2>Waiting on people</h2><p>")
                .AppendJoin(", ", Backlog.Select(b => $"{hub.Gauges.GetValueOrDefault(b.Gauge)} {b.Name}"))
                .Append(".</p>");
        foreach (var (beat, host) in vitals)
        {
            html.Append($"<h2>{Html.Encode(beat.Host)} <span class=\"muted\">{Html.Encode(beat.Instance)}</span></h2>");
            if (host.Endpoints.Count == 0)
            {
                html.Append("<p class=\"muted\">No receive endpoint.</p>");
                continue;
            }
            html.Append("<table><thead><tr><th scope=\"col\">Queue</th><th scope=\"col\">Per minute</th><th scope=\"col\">Failed attempts per minute</th>")
                .Append("<th scope=\"col\">Mean processing</th><th scope=\"col\">Waiting on the broker</th><th scope=\"col\">Since start</th></tr></thead><tbody>");
            foreach (var endpoint in host.Endpoints)
                html.Append($"<tr><th scope=\"row\">{Html.Encode(endpoint.Queue)}</th><td>{Number(endpoint.PerMinute)}</td>")
                    .Append(endpoint.FaultedPerMinute > 0 ? $"<td class=\"breached\">{Number(endpoint.FaultedPerMinute)}</td>" : "<td>0</td>")
                    .Append($"<td>{(endpoint.MeanMilliseconds is { } ms ? $"{Number(ms)} ms" : "–")}</td>")
                    .Append($"<td>{(endpoint.Depth is { } depth ? depth.ToString(CultureInfo.InvariantCulture) : "–")}</td><td>{endpoint.Consumed}</td></tr>\n");
            html.Append("</tbody></table>");
        }
        html.Append($"<p class=\"muted\">Rates are per minute between a host's last two heartbeats ({Ago(telemetry.HeartbeatInterval)} apart); ")
            .Append("the broker's queue depths are measured on RabbitMQ only (–: the in-memory transport).</p>");
        return DashboardLayout.Page(http, antiforgery, "Adapter health", html.ToString(), live: true);
    }

    static HostVitals Read(HostHeartbeat beat)
    {
        try
        {
            return JsonSerializer.Deserialize<HostVitals>(beat.Vitals, HeartbeatWriter.Json) is { Endpoints: not null, Gauges: not null } vitals ? vitals : HostVitals.None;
        }
        catch (JsonException)
        {
            return HostVitals.None;
        }
    }

    static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    static string Ago(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes} min" : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} min {span.Seconds} s" : $"{(int)span.TotalSeconds} s";
}
