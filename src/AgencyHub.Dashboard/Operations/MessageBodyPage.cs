using AgencyHub.Adapters.Common.Credentials;
using System.Text.Json;
using AgencyHub.Admin;
using AgencyHub.Dashboard.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace AgencyHub.Dashboard.Operations;

/// <summary>
/// <c>POST /held/{id}/open</c> and <c>/failed/{id}/open</c>, for operators and administrators: a held delivery's or a
/// failed message's body, shown only once the justification is recorded in the audit trail (<c>BodyOpened</c>), in the
/// transaction that reads it. The body is shown as text, encoded, never as markup.
/// </summary>
public static class MessageBodyPage
{
    /// <summary>A held delivery's body.</summary>
    public static async Task<IResult> Held(Guid id, HttpContext http, IAntiforgery antiforgery, HeldDeliveryAdministration held,
        CancellationToken cancellationToken)
    {
        var (justification, refusal) = await ActionForms.Read(http, antiforgery, "justification", "/held");
        if (refusal is not null) return refusal;
        return await held.Open(id, AgencySystemClaims.NameOf(http.User), justification!, cancellationToken) is { } delivery
            ? Show(http, antiforgery, $"Held {delivery.MessageType} from {delivery.Sender} to {delivery.Recipient}", delivery.Reason, delivery.Payload, "/held")
            : ActionForms.Done("/held", "That delivery is not held.");
    }

    /// <summary>A failed message's body.</summary>
    public static async Task<IResult> Failed(Guid id, HttpContext http, IAntiforgery antiforgery, FailedMessageAdministration failures,
        CancellationToken cancellationToken)
    {
        var (justification, refusal) = await ActionForms.Read(http, antiforgery, "justification", "/failed");
        if (refusal is not null) return refusal;
        return await failures.Open(id, AgencySystemClaims.NameOf(http.User), justification!, cancellationToken) is { } failure
            ? Show(http, antiforgery, $"Failed {failure.MessageType} on {failure.Endpoint}", failure.Reason, failure.Body, "/failed")
            : ActionForms.Done("/failed", "There is no such failed message.");
    }

    static IResult Show(HttpContext http, IAntiforgery antiforgery, string title, string reason, string body, string back) =>
        DashboardLayout.Page(http, antiforgery, title, $"""
            <p>{Html.Encode(reason)}</p><p class="muted">Your opening of it is recorded, with your justification.</p>
            <pre>{Html.Encode(Indented(body))}</pre><p><a href="{Html.Encode(back)}">Back</a></p>
            """);

    // JSON laid out to be read; anything else as it is.
    static string Indented(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { WriteIndented = true });
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
