using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using AgencyHub.Dashboard.Access;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AgencyHub.Tests.Support;

/// <summary>
/// An organisation's OpenID Connect provider, outside the hub, standing in for one: it knows its configuration (so the
/// dashboard needs no discovery over the network) and answers the dashboard's code redemption at its token endpoint
/// with an ID token it signs, for whoever <see cref="Issue"/> says signed in there.
/// </summary>
public sealed class FakeOpenIdProvider : HttpMessageHandler
{
    public const string Issuer = "https://id.example.test";
    public const string ClientId = "agencyhub-dashboard";

    readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "fake-provider" };
    Dictionary<string, object>? _claims;

    /// <summary>The provider's settings for the dashboard's host, signing in at this provider.</summary>
    public static Dictionary<string, string?> Settings(bool allowStaffKeys = true) => new()
    {
        [$"{OpenIdSignInOptions.Section}:Authority"] = Issuer,
        [$"{OpenIdSignInOptions.Section}:ClientId"] = ClientId,
        [$"{OpenIdSignInOptions.Section}:ClientSecret"] = "not-a-real-secret",
        [$"{OpenIdSignInOptions.Section}:DisplayName"] = "Justice ID",
        [$"{OpenIdSignInOptions.Section}:RoleClaim"] = "groups",
        [$"{OpenIdSignInOptions.Section}:Roles:operator"] = "PPO Operators",
        [$"{OpenIdSignInOptions.Section}:AllowStaffKeys"] = allowStaffKeys.ToString(),
    };

    /// <summary>Points the host's OpenID Connect handler at this provider.</summary>
    public void Connect(IServiceCollection services) =>
        services.PostConfigure<OpenIdConnectOptions>(OpenIdSignIn.Scheme, oidc =>
        {
            oidc.Configuration = new OpenIdConnectConfiguration
            {
                Issuer = Issuer, AuthorizationEndpoint = $"{Issuer}/authorize", TokenEndpoint = $"{Issuer}/token", SigningKeys = { _key },
            };
            oidc.Backchannel = new HttpClient(this);
        });

    /// <summary>The next code redeemed signs in someone with <paramref name="claims"/>, for the sign-in that sent <paramref name="nonce"/>.</summary>
    public void Issue(string nonce, Dictionary<string, object> claims) => _claims = new(claims) { ["nonce"] = nonce };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var form = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        if (request.RequestUri?.AbsoluteUri != $"{Issuer}/token" || _claims is null || !form.Contains("grant_type=authorization_code"))
            return new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = JsonContent.Create(new { error = "invalid_request" }) };
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer, Audience = ClientId, Claims = _claims, IssuedAt = DateTime.UtcNow, Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = JsonContent.Create(new { id_token = token, access_token = "fake-access-token", token_type = "Bearer", expires_in = 300 }),
        };
    }
}
