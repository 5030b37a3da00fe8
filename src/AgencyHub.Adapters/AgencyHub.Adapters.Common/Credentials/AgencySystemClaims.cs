using System.Security.Claims;
using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Adapters.Common.Credentials;

/// <summary>
/// Who an authenticated caller is: an agency system (e.g. "Lancashire custody system") of one agency, or a member of the
/// hub's staff with their role, by the credential they proved (an API key or a client certificate).
/// </summary>
public static class AgencySystemClaims
{
    /// <summary>The agency whose routes the credential opens (its slug).</summary>
    public const string Agency = "agencyhub:agency";

    /// <summary>The credential, e.g. <c>key:ab3k9m2pqr</c> or <c>certificate:{thumbprint}</c>: the rate limit's client.</summary>
    public const string Credential = "agencyhub:credential";

    /// <summary>An authenticated agency system, or with <paramref name="role"/> a member of the hub's staff (agency hub).</summary>
    public static ClaimsPrincipal Principal(Agency agency, string name, string credential, string scheme, string? role = null) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, name), new Claim(Agency, agency.Slug()), new Claim(Credential, credential),
                .. role is null ? Array.Empty<Claim>() : [new Claim(ClaimTypes.Role, role)],
            ],
            scheme));

    /// <summary>The agency system's name, as it is recorded with what it does.</summary>
    public static string NameOf(ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("The route was reached without an authenticated agency system");

    /// <summary>The agency of the caller's credential, or null when not authenticated.</summary>
    public static string? AgencyOf(ClaimsPrincipal user) => user.FindFirst(Agency)?.Value;
}
