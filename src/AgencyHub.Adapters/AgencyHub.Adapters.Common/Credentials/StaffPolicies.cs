using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Credentials;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace AgencyHub.Adapters.Common.Credentials;

/// <summary>Who of the hub's staff may call a route: a key of agency <c>hub</c> with the route's role.</summary>
public static class StaffPolicies
{
    /// <summary>The policy of routes only <paramref name="role"/> may call.</summary>
    public static string Of(StaffRole role) => $"staff:{role.Slug()}";

    /// <summary>Adds a policy per staff role.</summary>
    public static void Add(AuthorizationOptions authorization)
    {
        foreach (var role in Enum.GetValues<StaffRole>())
            authorization.AddPolicy(Of(role), policy => policy
                .RequireClaim(AgencySystemClaims.Agency, Agency.Hub.Slug())
                .RequireRole(role.Slug()));
    }

    /// <summary>Lets only staff with <paramref name="role"/> call the routes of <paramref name="group"/>.</summary>
    public static TBuilder RequireStaff<TBuilder>(this TBuilder group, StaffRole role) where TBuilder : IEndpointConventionBuilder =>
        group.RequireAuthorization(Of(role)).WithMetadata(new StaffRoutes(role));
}

/// <summary>Endpoint metadata: the routes are for the hub's staff with <paramref name="Role"/>.</summary>
public sealed record StaffRoutes(StaffRole Role);
