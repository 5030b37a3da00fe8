using System.Security.Claims;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Dashboard.Pages;
using AgencyHub.Persistence.Credentials;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Dashboard.Access;

/// <summary>
/// Staff sign in through their organisation's OpenID Connect provider, when <c>Dashboard:OpenIdConnect:Authority</c> is
/// set (<see cref="OpenIdSignInOptions"/>): the authorization code flow with PKCE, the provider's answer posted back to
/// <see cref="CallbackPath"/>. The staff role comes from a claim of the ID token (<see cref="OpenIdSignInOptions.RoleClaim"/>);
/// someone with none of the dashboard's roles there is not signed in. The signed-in cookie is the dashboard's own, as
/// for a key, and lasts <see cref="StaffSignIn.Lifetime"/> from the sign-in however much it is used: the provider is not
/// asked again meanwhile, so someone it drops keeps the dashboard that long at most.
/// </summary>
public static class OpenIdSignIn
{
    /// <summary>The authentication scheme of the provider.</summary>
    public const string Scheme = "AgencyHub.Dashboard.OpenIdConnect";

    /// <summary>Where the provider posts its answer.</summary>
    public const string CallbackPath = "/sign-in/oidc/callback";

    /// <summary>The claim saying when a provider's sign-in happened (Unix seconds), which ends it after the lifetime.</summary>
    public const string SignedInAt = "agencyhub:oidc-signed-in-at";

    /// <summary>Adds the provider's scheme and its options when it is configured; nothing when it is not.</summary>
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(OpenIdSignInOptions.Section).Get<OpenIdSignInOptions>();
        if (options?.Authority is not { Length: > 0 } authority) return;
        if (options.ClientId.Length == 0)
            throw new InvalidOperationException($"{OpenIdSignInOptions.Section}:ClientId: set it to the dashboard's client id at {authority}.");
        services.AddSingleton(options);
        services.AddAuthentication().AddOpenIdConnect(Scheme, options.DisplayName, oidc =>
        {
            oidc.Authority = authority;
            oidc.ClientId = options.ClientId;
            oidc.ClientSecret = options.ClientSecret;
            oidc.ResponseType = "code";
            oidc.UsePkce = true;
            oidc.CallbackPath = CallbackPath;
            oidc.SignInScheme = DashboardAccess.Scheme;
            oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
            oidc.MapInboundClaims = false;
            oidc.SaveTokens = false;
            foreach (var scope in options.Scopes) oidc.Scope.Add(scope);
            oidc.Events.OnTokenValidated = TokenValidated;
            oidc.Events.OnRemoteFailure = RemoteFailure;
        });
    }

    /// <summary>Maps <c>GET /sign-in/oidc?returnUrl=</c>, which sends the browser to the provider, and <c>/sign-in/done</c>.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/sign-in/oidc", (string? returnUrl) => Results.Challenge(
            new AuthenticationProperties { RedirectUri = $"/sign-in/done?returnUrl={Uri.EscapeDataString(StaffSignIn.LocalOrHome(returnUrl))}" },
            [Scheme])).AllowAnonymous();
        // The provider's answer comes from its site, and a browser sends no same-site-only cookie on the redirects that
        // follow it: this page, ours, moves on to where the member of staff was going, with their new cookie.
        routes.MapGet("/sign-in/done", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
        {
            var to = Html.Encode(StaffSignIn.LocalOrHome(returnUrl));
            return DashboardLayout.Page(http, antiforgery, "Signed in",
                $"<p>Signed in. <a href=\"{to}\" id=\"continue\">Continue</a></p>", refreshTo: StaffSignIn.LocalOrHome(returnUrl));
        }).AllowAnonymous();
    }

    // The provider's identity becomes a member of staff: name, the dashboard role its claim gives, the hub's agency.
    static Task TokenValidated(TokenValidatedContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<OpenIdSignInOptions>();
        var given = context.Principal?.FindAll(options.RoleClaim).Select(c => c.Value).ToHashSet() ?? [];
        // The most a member of staff may do, should the provider give them more than one role.
        StaffRole[] byPower = [StaffRole.Administrator, StaffRole.Operator, StaffRole.ReadOnly];
        var roles = byPower.Where(role => given.Contains(options.ValueOf(role))).ToList();
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OpenIdSignIn));
        if (roles.Count == 0)
        {
            logger.LogWarning("Dashboard sign-in at {Provider} refused: no dashboard role in claim {Claim}", options.DisplayName, options.RoleClaim);
            context.Fail($"no dashboard role in claim {options.RoleClaim}");
            return Task.CompletedTask;
        }
        var name = context.Principal!.FindFirst("name")?.Value ?? context.Principal.FindFirst("preferred_username")?.Value
            ?? context.Principal.FindFirst("sub")?.Value ?? "unnamed";
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, roles[0].Slug()),
            new Claim(AgencySystemClaims.Agency, Agency.Hub.Slug()), new Claim(SignedInAt, now.ToUnixTimeSeconds().ToString()),
        ], DashboardAccess.Scheme, ClaimTypes.Name, ClaimTypes.Role));
        logger.LogInformation("Dashboard sign-in at {Provider} as {Role}", options.DisplayName, roles[0].Slug());
        return Task.CompletedTask;
    }

    // Refused there, or by the rule above: back to the sign-in form, which says so (and never echoes the provider's text).
    static Task RemoteFailure(RemoteFailureContext context)
    {
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OpenIdSignIn))
            .LogWarning("Dashboard sign-in through OpenID Connect failed: {Reason}", context.Failure?.Message);
        context.Response.Redirect("/sign-in?failed=oidc");
        context.HandleResponse();
        return Task.CompletedTask;
    }

    /// <summary>Whether a sign-in through the provider is still within its lifetime at <paramref name="now"/>.</summary>
    public static bool StillWithinLifetime(ClaimsPrincipal principal, DateTimeOffset now) =>
        long.TryParse(principal.FindFirst(SignedInAt)?.Value, out var at) && now < DateTimeOffset.FromUnixTimeSeconds(at) + StaffSignIn.Lifetime;
}

/// <summary>The OpenID Connect provider staff sign in with (section <c>Dashboard:OpenIdConnect</c>); off unless <see cref="Authority"/> is set.</summary>
public sealed class OpenIdSignInOptions
{
    public const string Section = "Dashboard:OpenIdConnect";

    /// <summary>The provider's issuer address, whose <c>/.well-known/openid-configuration</c> describes it.</summary>
    public string? Authority { get; set; }

    /// <summary>The dashboard's client id at the provider.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>Its client secret (a confidential client); none for a public client, which PKCE alone protects.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The provider's name on the sign-in form.</summary>
    public string DisplayName { get; set; } = "your organisation's account";

    /// <summary>Scopes to ask for besides <c>openid</c> and <c>profile</c>, e.g. the one that puts roles in the ID token.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>The ID token's claim holding the person's roles or groups.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>
    /// The value of <see cref="RoleClaim"/> that gives each staff role, by the role's name (<c>operator</c>,
    /// <c>read-only</c>, <c>administrator</c>); a role not listed is given by its own name.
    /// </summary>
    public Dictionary<string, string> Roles { get; set; } = [];

    /// <summary>Whether staff may still sign in with their keys too.</summary>
    public bool AllowStaffKeys { get; set; } = true;

    /// <summary>Whether the provider's metadata must come over HTTPS (turn off only for a provider on this machine).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim value that gives <paramref name="role"/>.</summary>
    public string ValueOf(StaffRole role) => Roles.GetValueOrDefault(role.Slug()) ?? role.Slug();
}
