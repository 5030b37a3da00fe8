using AgencyHub.Contracts.Agencies;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Persistence.Credentials;
using Microsoft.AspNetCore.Authorization;

namespace AgencyHub.Dashboard.Access;

/// <summary>
/// Who may use the dashboard: a member of the hub's staff signed in with their key (<see cref="StaffSignIn"/>) or through
/// the organisation's OpenID Connect provider (<see cref="OpenIdSignIn"/>), held as a cookie of the dashboard's own scheme. Any staff role may look; only operators and administrators may act.
/// </summary>
public static class DashboardAccess
{
    /// <summary>The cookie scheme of signed-in staff.</summary>
    public const string Scheme = "AgencyHub.Dashboard";

    /// <summary>The policy of the pages: any staff role.</summary>
    public const string Look = "dashboard:look";

    /// <summary>The policy of the actions (release, replay): operators and administrators, never read-only staff.</summary>
    public const string Act = "dashboard:act";

    /// <summary>Adds the two policies, both on the cookie scheme.</summary>
    public static void Add(AuthorizationOptions authorization)
    {
        authorization.AddPolicy(Look, policy => Staff(policy, Enum.GetValues<StaffRole>()));
        authorization.AddPolicy(Act, policy => Staff(policy, [StaffRole.Operator, StaffRole.Administrator]));
    }

    static void Staff(AuthorizationPolicyBuilder policy, StaffRole[] roles) => policy
        .AddAuthenticationSchemes(Scheme)
        .RequireClaim(AgencySystemClaims.Agency, Agency.Hub.Slug())
        .RequireRole(roles.Select(r => r.Slug()));
}
