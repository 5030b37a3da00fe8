using AgencyHub.Adapters.Common.Credentials;
using System.Text;
using AgencyHub.Admin;
using AgencyHub.Dashboard.Pages;
using AgencyHub.Persistence;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Operations;

/// <summary>
/// <c>/held</c>: the deliveries the gate held and not yet released, grouped by why, newest first, without their content
/// (whom each is about only by reference); an operator asks for one's release with a justification, and the hub runs
/// the gate again (<see cref="HeldDeliveryAdministration"/>). Live, so the outcome shows up.
/// </summary>
public static class HeldDeliveriesPage
{
    /// <summary>The list.</summary>
    public static async Task<IResult> Page(string? done, HttpContext http, IAntiforgery antiforgery, IDbContextFactory<HubDbContext> databases,
        CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        // Ordered here: SQLite cannot order by an instant.
        var held = (await db.HeldDeliveries.AsNoTracking().Where(h => h.ReleasedAt == null).ToListAsync(cancellationToken))
            .OrderByDescending(h => h.HeldAt).ToList();
        var mayAct = await ActionForms.MayAct(http);
        var html = new StringBuilder(ActionForms.Note(done));
        if (held.Count == 0) html.Append("<p class=\"muted\">Nothing is held.</p>");
        foreach (var cause in held.GroupBy(h => h.Reason).OrderByDescending(g => g.Count()))
        {
            html.Append($"<h2>{Html.Encode(cause.Key)} ({cause.Count()})</h2><table><thead><tr><th scope=\"col\">Held</th><th scope=\"col\">From</th>")
                .Append("<th scope=\"col\">To</th><th scope=\"col\">Message</th><th scope=\"col\">About</th><th scope=\"col\">Agreement</th>")
                .Append(mayAct ? "<th scope=\"col\">Release</th><th scope=\"col\">Body</th>" : "").Append("</tr></thead><tbody>");
            foreach (var h in cause)
                html.Append($"<tr><td>{Html.Time(h.HeldAt)}</td><td>{Html.Encode(h.Sender)}</td><td>{Html.Encode(h.Recipient)}</td>")
                    .Append($"<td>{Html.Encode(h.MessageType)}</td><td>{Html.Encode(h.PersonReference ?? "–")}</td><td>{Html.Encode(h.Agreement ?? "–")}</td>")
                    .Append(mayAct
                        ? $"<td>{ActionForms.Form(http, antiforgery, $"/held/{h.DeliveryId}/release", "justification", "Justification", "Release", $"release-{h.DeliveryId}")}</td>" +
                          $"<td>{ActionForms.Form(http, antiforgery, $"/held/{h.DeliveryId}/open", "justification", "Justification", "Open body", $"open-{h.DeliveryId}")}</td>"
                        : "")
                    .Append("</tr>\n");
            html.Append("</tbody></table>");
        }
        return DashboardLayout.Page(http, antiforgery, "Held deliveries", html.ToString(), live: true);
    }

    /// <summary><c>POST /held/{id}/release</c>, for operators and administrators.</summary>
    public static async Task<IResult> Release(Guid id, HttpContext http, IAntiforgery antiforgery, HeldDeliveryAdministration held,
        CancellationToken cancellationToken)
    {
        var (justification, refusal) = await ActionForms.Read(http, antiforgery, "justification", "/held");
        if (refusal is not null) return refusal;
        var (outcome, _) = await held.Release(id, AgencySystemClaims.NameOf(http.User), justification!, cancellationToken);
        return ActionForms.Done("/held", outcome switch
        {
            ReleaseOutcome.Requested => "Release requested: the gate runs again, and this list shows the outcome.",
            ReleaseOutcome.AlreadyReleased => "That delivery had been released already.",
            _ => "That delivery is not held.",
        });
    }
}
