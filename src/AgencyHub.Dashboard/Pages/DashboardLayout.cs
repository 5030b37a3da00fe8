using System.Security.Claims;
using System.Text;
using AgencyHub.Dashboard.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Dashboard.Pages;

/// <summary>
/// The frame of every page: a skip link, the navigation, who is signed in, the page's <c>main</c>. A live page is
/// brought up to date without reloading: its script asks for the same address with <see cref="FragmentHeader"/>, and
/// gets only the new <c>main</c>.
/// </summary>
public static class DashboardLayout
{
    /// <summary>The request header of a live update; its answer is the page's <c>main</c> alone.</summary>
    public const string FragmentHeader = "X-Dashboard-Fragment";

    /// <summary>How often a live page is brought up to date.</summary>
    public static TimeSpan LiveInterval { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether <paramref name="http"/> is a live page's update.</summary>
    public static bool IsFragment(HttpContext http) => http.Request.Headers.ContainsKey(FragmentHeader);

    /// <summary>A page titled <paramref name="title"/> around <paramref name="main"/> (already encoded HTML).</summary>
    /// <remarks>With <paramref name="refreshTo"/> (a path of this site) the browser moves on there at once.</remarks>
    public static IResult Page(HttpContext http, IAntiforgery antiforgery, string title, string main, int status = StatusCodes.Status200OK,
        bool live = false, string? refreshTo = null)
    {
        var inner = $"<h1>{Html.Encode(title)}</h1>\n{main}";
        if (IsFragment(http)) return Results.Content(inner, "text/html; charset=utf-8", Encoding.UTF8, status);
        var user = http.User.Identity?.IsAuthenticated == true && http.User.FindFirst(ClaimTypes.Role) is { } role
            ? $"""
              <form method="post" action="/sign-out" class="who">{DashboardForms.Token(http, antiforgery)}
              <span>{Html.Encode(http.User.Identity.Name)} ({Html.Encode(role.Value)})</span> <button type="submit">Sign out</button></form>
              """
            : "";
        var html = $"""
            <!doctype html>
            <html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)} – AgencyHub</title><link rel="stylesheet" href="/dashboard/dashboard.css">{(refreshTo is null ? "" : $"<meta http-equiv=\"refresh\" content=\"0; url={Html.Encode(refreshTo)}\">")}
            <script src="/dashboard/dashboard.js" defer></script></head>
            <body><a class="skip" href="#main">Skip to content</a>
            <header><nav aria-label="Dashboard"><a href="/cases">Cases</a><a href="/sagas">Saga board</a><a href="/deadlines">Deadlines</a><a href="/held">Held</a><a href="/failed">Failed</a><a href="/figures">Scheme figures</a><a href="/adapters">Adapter health</a>{(http.RequestServices.GetRequiredService<DashboardPages>().RecentMessages ? "<a href=\"/messages\">Recent messages</a>" : "")}</nav>{user}</header>
            <main id="main" tabindex="-1"{(live ? $" data-live=\"{LiveInterval.TotalMilliseconds:F0}\"" : "")}>
            {inner}
            </main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>
    /// The sign-in form, with <paramref name="error"/> (naming the field) when the last try failed: a staff key, and the
    /// organisation's OpenID Connect provider when there is one (<see cref="OpenIdSignInOptions"/>).
    /// </summary>
    public static IResult SignInPage(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error, int status)
    {
        var provider = http.RequestServices.GetService<OpenIdSignInOptions>();
        var viaProvider = provider is null ? "" : $"""
            <p><a class="button" href="/sign-in/oidc?returnUrl={Uri.EscapeDataString(StaffSignIn.LocalOrHome(returnUrl))}">Sign in with {Html.Encode(provider.DisplayName)}</a></p>
            """;
        var withKey = provider?.AllowStaffKeys == false ? "" : $"""
            <form method="post" action="/sign-in">{DashboardForms.Token(http, antiforgery)}
            <input type="hidden" name="returnUrl" value="{Html.Encode(returnUrl)}">
            <label for="key">Staff key</label> <input id="key" name="key" type="password" autocomplete="off" required autofocus>
            <button type="submit">Sign in</button></form>
            <p>Use your own staff key. Running the all-in-one host locally, the keys are in its <code>agencyhub-keys</code>
            folder: <code>operator.key</code>, <code>read-only.key</code>, <code>administrator.key</code>.</p>
            """;
        return Page(http, antiforgery, "Sign in",
            $"{(error is null ? "" : $"<p class=\"error\" role=\"alert\">{Html.Encode(error)}</p>")}\n{viaProvider}{withKey}", status);
    }
}
