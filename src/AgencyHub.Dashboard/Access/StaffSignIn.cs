using System.Security.Claims;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Dashboard.Pages;
using AgencyHub.Persistence.Credentials;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Dashboard.Access;

/// <summary>
/// Staff sign in to the dashboard with their own key (the <c>keys</c> command's, or in local use the all-in-one
/// host's <c>operator.key</c> and the others): the key is checked once, and a cookie holding their name, role and the
/// key's prefix signs them in for <see cref="Lifetime"/>, renewed while they use it. Every request checks the key
/// again by its prefix, so a revoked or expired key signs its holder out at once. The key itself is never stored.
/// </summary>
public static class StaffSignIn
{
    /// <summary>How long a sign-in lasts without use.</summary>
    public static TimeSpan Lifetime { get; } = TimeSpan.FromHours(8);

    const string KeyPrefix = "agencyhub:key-prefix";

    /// <summary>The cookie's settings: not readable by scripts, never sent by another site's page.</summary>
    public static void Configure(CookieAuthenticationOptions cookie)
    {
        cookie.Cookie.Name = "agencyhub-dashboard";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.LoginPath = "/sign-in";
        cookie.AccessDeniedPath = "/denied";
        cookie.ExpireTimeSpan = Lifetime;
        cookie.SlidingExpiration = true;
        cookie.Events.OnValidatePrincipal = StillValid;
    }

    /// <summary>
    /// Maps <c>GET /sign-in</c>, <c>POST /sign-in</c> (unless an OpenID Connect provider is the only way in), the
    /// provider's routes when there is one (<see cref="OpenIdSignIn"/>), <c>POST /sign-out</c> and <c>/denied</c>.
    /// </summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        var provider = routes.ServiceProvider.GetService<OpenIdSignInOptions>();
        routes.MapGet("/sign-in", (HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? failed) =>
            DashboardLayout.SignInPage(http, antiforgery, returnUrl,
                failed == "oidc" ? $"The sign-in at {provider?.DisplayName} did not succeed, or gave you no dashboard role. Ask your administrator." : null,
                failed == "oidc" ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK)).AllowAnonymous();
        if (provider?.AllowStaffKeys != false) routes.MapPost("/sign-in", SignIn).AllowAnonymous();
        if (provider is not null) OpenIdSignIn.Map(routes);
        routes.MapPost("/sign-out", SignOut).RequireAuthorization(DashboardAccess.Look);
        routes.MapGet("/denied", (HttpContext http, IAntiforgery antiforgery) => DashboardLayout.Page(http, antiforgery, "Not for your role",
            "<p>Your role may look at the dashboard but not do this. Ask an operator.</p>", StatusCodes.Status403Forbidden))
            .RequireAuthorization(DashboardAccess.Look);
    }

    static async Task<IResult> SignIn(HttpContext http, IAntiforgery antiforgery, ApiKeyValidator validator, ILoggerFactory logs)
    {
        if (!await DashboardForms.Valid(http, antiforgery)) return DashboardForms.Expired(http, antiforgery);
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var returnUrl = form["returnUrl"].ToString();
        var key = form["key"].ToString().Trim();
        if (key.Length == 0)
            return DashboardLayout.SignInPage(http, antiforgery, returnUrl, "key: paste your staff key.", StatusCodes.Status400BadRequest);
        var check = await validator.Check(key, http.RequestAborted);
        if (check is not { Failure: null, Record: { } record } || record.Agency != Agency.Hub.Slug() || !StaffRoles.TryParse(record.Role, out var role))
        {
            logs.CreateLogger(typeof(StaffSignIn)).LogWarning("Dashboard sign-in refused for key {Prefix}: {Reason}", check.Prefix ?? "(not a key)",
                check.Failure ?? "not a staff key");
            return DashboardLayout.SignInPage(http, antiforgery, returnUrl,
                "key: this is not a working staff key (it may be an agency's key, revoked or expired).", StatusCodes.Status401Unauthorized);
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, record.Name), new Claim(ClaimTypes.Role, role.Slug()),
            new Claim(AgencySystemClaims.Agency, Agency.Hub.Slug()), new Claim(KeyPrefix, record.Prefix),
        ], DashboardAccess.Scheme, ClaimTypes.Name, ClaimTypes.Role));
        await http.SignInAsync(DashboardAccess.Scheme, principal);
        logs.CreateLogger(typeof(StaffSignIn)).LogInformation("Dashboard sign-in with key {Prefix} as {Role}", record.Prefix, role.Slug());
        return Results.LocalRedirect(LocalOrHome(returnUrl));
    }

    static async Task<IResult> SignOut(HttpContext http, IAntiforgery antiforgery)
    {
        if (!await DashboardForms.Valid(http, antiforgery)) return DashboardForms.Expired(http, antiforgery);
        await http.SignOutAsync(DashboardAccess.Scheme);
        return Results.LocalRedirect("/sign-in");
    }

    /// <summary>
    /// <paramref name="url"/> when it is a path of this site, else <c>/</c>: never an address elsewhere, nor "//host" or
    /// "/\host", which browsers read as one.
    /// </summary>
    public static string LocalOrHome(string? url) =>
        url is not null && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";

    // A key's sign-in lasts while the key works (and key sign-in is allowed); a provider's, its lifetime from the sign-in.
    static async Task StillValid(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var principal = context.Principal!;
        var keysAllowed = services.GetService<OpenIdSignInOptions>()?.AllowStaffKeys != false;
        if (principal.FindFirst(KeyPrefix)?.Value is { } prefix)
        {
            if (keysAllowed && await services.GetRequiredService<ApiKeyValidator>().Refusal(prefix, context.HttpContext.RequestAborted) is null) return;
        }
        else if (OpenIdSignIn.StillWithinLifetime(principal, services.GetRequiredService<TimeProvider>().GetUtcNow())) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(DashboardAccess.Scheme);
    }
}
