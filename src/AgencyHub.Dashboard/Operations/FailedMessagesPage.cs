using AgencyHub.Adapters.Common.Credentials;
using System.Text;
using AgencyHub.Admin;
using AgencyHub.Dashboard.Pages;
using AgencyHub.Persistence.Failures;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace AgencyHub.Dashboard.Operations;

/// <summary>
/// <c>/failed</c>: the failed and parked messages still waiting for an operator, grouped by type, endpoint and cause,
/// without their bodies; an operator replays one (through the gate again, like any delivery) with a justification or
/// discards it with a reason, each recorded in the audit trail (<see cref="FailedMessageAdministration"/>). Live.
/// </summary>
public static class FailedMessagesPage
{
    /// <summary>The list.</summary>
    public static async Task<IResult> Page(string? done, HttpContext http, IAntiforgery antiforgery, FailedMessageAdministration failures,
        CancellationToken cancellationToken)
    {
        var groups = await failures.Groups(FailureStatus.Failed, cancellationToken);
        var mayAct = await ActionForms.MayAct(http);
        var html = new StringBuilder(ActionForms.Note(done));
        if (groups.Count == 0) html.Append("<p class=\"muted\">No failed message is waiting.</p>");
        foreach (var group in groups)
        {
            html.Append($"<h2>{Html.Encode(group.MessageType)} on {Html.Encode(group.Endpoint)}: {Html.Encode(group.Cause)} ({group.Count})</h2>")
                .Append("<table><thead><tr><th scope=\"col\">Last failed</th><th scope=\"col\">Failures</th><th scope=\"col\">From</th>")
                .Append("<th scope=\"col\">About</th><th scope=\"col\">Reason</th>").Append(mayAct ? "<th scope=\"col\">Replay</th><th scope=\"col\">Discard</th><th scope=\"col\">Body</th>" : "")
                .Append("</tr></thead><tbody>");
            foreach (var f in group.Messages)
                html.Append($"<tr><td>{Html.Time(f.LastFailedAt)}</td><td>{f.Failures}</td><td>{Html.Encode(f.Sender ?? "–")}</td>")
                    .Append($"<td>{Html.Encode(f.PersonReference ?? "–")}</td><td>{Html.Encode(f.Reason)}</td>")
                    .Append(mayAct
                        ? $"<td>{ActionForms.Form(http, antiforgery, $"/failed/{f.Id}/replay", "justification", "Justification", "Replay", $"replay-{f.Id}")}</td>" +
                          $"<td>{ActionForms.Form(http, antiforgery, $"/failed/{f.Id}/discard", "reason", "Reason", "Discard", f.Id.ToString())}</td>" +
                          $"<td>{ActionForms.Form(http, antiforgery, $"/failed/{f.Id}/open", "justification", "Justification", "Open body", $"open-{f.Id}")}</td>"
                        : "")
                    .Append("</tr>\n");
            html.Append("</tbody></table>");
        }
        return DashboardLayout.Page(http, antiforgery, "Failed messages", html.ToString(), live: true);
    }

    /// <summary><c>POST /failed/{id}/replay</c>, for operators and administrators.</summary>
    public static Task<IResult> Replay(Guid id, HttpContext http, IAntiforgery antiforgery, FailedMessageAdministration failures,
        CancellationToken cancellationToken) =>
        Resolve(http, antiforgery, "justification", reason => failures.Replay(id, AgencySystemClaims.NameOf(http.User), reason, cancellationToken), "Replay requested.");

    /// <summary><c>POST /failed/{id}/discard</c>, for operators and administrators.</summary>
    public static Task<IResult> Discard(Guid id, HttpContext http, IAntiforgery antiforgery, FailedMessageAdministration failures,
        CancellationToken cancellationToken) =>
        Resolve(http, antiforgery, "reason", reason => failures.Discard(id, AgencySystemClaims.NameOf(http.User), reason, cancellationToken), "Discarded.");

    static async Task<IResult> Resolve(HttpContext http, IAntiforgery antiforgery, string field, Func<string, Task<Resolution>> act, string done)
    {
        var (reason, refusal) = await ActionForms.Read(http, antiforgery, field, "/failed");
        if (refusal is not null) return refusal;
        return ActionForms.Done("/failed", (await act(reason!)).Outcome switch
        {
            ResolutionOutcome.Done => done,
            ResolutionOutcome.NotFailed => "That message was no longer waiting (replayed, discarded or applied already).",
            _ => "There is no such failed message.",
        });
    }
}
