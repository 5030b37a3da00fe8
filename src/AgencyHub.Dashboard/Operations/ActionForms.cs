using AgencyHub.Dashboard.Access;
using AgencyHub.Dashboard.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Dashboard.Operations;

/// <summary>
/// The operators' actions on a page: a small form with the reason the act needs (recorded in the audit trail with
/// who did it), shown only to a role that may act; read-only staff see the list and no buttons, and are refused if
/// they post anyway (the routes need <see cref="DashboardAccess.Act"/>).
/// </summary>
public static class ActionForms
{
    /// <summary>Whether the signed-in member of staff may act.</summary>
    public static async Task<bool> MayAct(HttpContext http) =>
        (await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, DashboardAccess.Act)).Succeeded;

    /// <summary>A form posting <paramref name="field"/> (required) to <paramref name="action"/>, labelled for <paramref name="id"/>.</summary>
    public static string Form(HttpContext http, IAntiforgery antiforgery, string action, string field, string label, string button, string id) => $"""
        <form method="post" action="{Html.Encode(action)}" class="search">{DashboardForms.Token(http, antiforgery)}
        <div><label for="{Html.Encode(field)}-{Html.Encode(id)}">{Html.Encode(label)}</label>
        <input id="{Html.Encode(field)}-{Html.Encode(id)}" name="{Html.Encode(field)}" required maxlength="500" size="30"></div>
        <button type="submit">{Html.Encode(button)}</button></form>
        """;

    /// <summary>
    /// Reads the posted form's <paramref name="field"/>: null, with the answer to give, when the token is bad or the
    /// field empty (a 400 page naming it).
    /// </summary>
    public static async Task<(string? Value, IResult? Refusal)> Read(HttpContext http, IAntiforgery antiforgery, string field, string back)
    {
        if (!await DashboardForms.Valid(http, antiforgery)) return (null, DashboardForms.Expired(http, antiforgery));
        var value = (await http.Request.ReadFormAsync(http.RequestAborted))[field].ToString().Trim();
        return value.Length > 0
            ? (value, null)
            : (null, DashboardLayout.Page(http, antiforgery, "Not done",
                $"<p class=\"error\" role=\"alert\">{Html.Encode(field)}: give one; it is recorded with the act.</p><p><a href=\"{Html.Encode(back)}\">Back</a></p>",
                StatusCodes.Status400BadRequest));
    }

    /// <summary>Back to <paramref name="page"/>, saying what happened.</summary>
    public static IResult Done(string page, string what) => Results.LocalRedirect($"{page}?done={Uri.EscapeDataString(what)}");

    /// <summary>The note a page shows after an act (<see cref="Done"/>).</summary>
    public static string Note(string? done) => string.IsNullOrEmpty(done) ? "" : $"<p role=\"status\"><strong>{Html.Encode(done)}</strong></p>";
}
