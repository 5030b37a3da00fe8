using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Credentials;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace AgencyHub.Adapters.Common.Credentials;

/// <summary>
/// The answers to a request its credential does not allow, as problem details like every other error at the edge:
/// <c>401</c> with <c>WWW-Authenticate</c> when there is no good credential, <c>403</c> when another agency's
/// credential is used on this agency's routes; <c>503</c> when the key could not be checked for want of the database.
/// </summary>
public sealed class CredentialAnswers : IAuthorizationMiddlewareResultHandler
{
    readonly AuthorizationMiddlewareResultHandler _default = new();

    /// <inheritdoc />
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        // A policy naming schemes of its own (the dashboard's sign-in cookie) is answered as those schemes answer.
        if (policy.AuthenticationSchemes.Count > 0) await _default.HandleAsync(next, context, policy, result);
        else if (result.Challenged && CredentialFailure.IsUnchecked(context))
            await DatabaseUnavailable.Answer(context);
        else if (result.Challenged)
        {
            await context.ChallengeAsync(ApiKeyAuthentication.SchemeName);
            var reason = CredentialFailure.Of(context);
            await Results.Problem(
                reason is null
                    ? "Send the agency system's API key as 'Authorization: Bearer <key>', or connect with its registered client certificate."
                    : $"The credential was refused: {reason}.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Credentials required").ExecuteAsync(context);
        }
        else if (result.Forbidden && context.GetEndpoint()?.Metadata.GetMetadata<AgencyRoutes>() is { } routes)
        {
            await Results.Problem(
                $"{AgencySystemClaims.NameOf(context.User)} holds a credential of {AgencySystemClaims.AgencyOf(context.User)}: " +
                $"it may not use the {routes.Agency.Slug()} adapter's routes.",
                statusCode: StatusCodes.Status403Forbidden, title: "Another agency's routes").ExecuteAsync(context);
        }
        else if (result.Forbidden && context.GetEndpoint()?.Metadata.GetMetadata<StaffRoutes>() is { } staff)
        {
            await Results.Problem(
                $"{AgencySystemClaims.NameOf(context.User)} holds a credential of {AgencySystemClaims.AgencyOf(context.User)}" +
                $"{(context.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value is { } role ? $" as {role}" : "")}: " +
                $"this route needs a key of the hub's staff with the role {staff.Role.Slug()}.",
                statusCode: StatusCodes.Status403Forbidden, title: "Not this role's route").ExecuteAsync(context);
        }
        else await _default.HandleAsync(next, context, policy, result);
    }
}

/// <summary>Endpoint metadata: the routes belong to <paramref name="Agency"/>'s adapter.</summary>
public sealed record AgencyRoutes(Agency Agency)
{
    /// <summary>The authorization policy that admits only <paramref name="agency"/>'s agency systems.</summary>
    public static string Policy(Agency agency) => $"agency:{agency.Slug()}";
}
