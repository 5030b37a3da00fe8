using System.Text.Encodings.Web;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgencyHub.Adapters.Common.Credentials;

/// <summary>
/// <c>Authorization: Bearer ahk_…</c>: an agency system's API key. A request without the header is left to the other
/// schemes (and challenged if none authenticates it); a bad, revoked or expired key fails, and the failure is logged
/// with the key's prefix and holder, never the key.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory loggers, UrlEncoder encoder,
    ApiKeyValidator validator) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggers, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    const string Bearer = "Bearer ";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0) return AuthenticateResult.NoResult();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
            return Refuse(null, null, "send the API key as 'Authorization: Bearer <key>'");

        KeyCheck check;
        try
        {
            check = await validator.Check(header[Bearer.Length..].Trim(), Context.RequestAborted);
        }
        catch (Exception exception) when (DatabaseFailure.Is(exception))
        {
            // Answered 503 by CredentialAnswers: the key may be good, and the same request will work once the database is back.
            CredentialFailure.SetUnchecked(Context);
            Logger.LogError(exception, "An API key could not be checked on {Path}: the database did not answer", Request.Path);
            return AuthenticateResult.Fail("the key could not be checked");
        }
        if (check.Failure is not null || check.Record is not { } record) return Refuse(check.Prefix, check.Record?.Name, check.Failure!);
        if (!AgencyNames.TryParse(record.Agency, out var agency))
            return Refuse(check.Prefix, record.Name, $"the key names an agency the hub does not know ({record.Agency})");
        var principal = AgencySystemClaims.Principal(agency, record.Name, $"key:{record.Prefix}", SchemeName, record.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        var failure = CredentialFailure.Of(Context);
        Response.Headers.WWWAuthenticate = failure is null
            ? "Bearer realm=\"AgencyHub\""
            : $"Bearer realm=\"AgencyHub\", error=\"invalid_token\", error_description=\"{failure.Replace("\"", "'")}\"";
        return Task.CompletedTask;
    }

    AuthenticateResult Refuse(string? prefix, string? holder, string reason)
    {
        CredentialFailure.Set(Context, reason);
        Logger.LogWarning("Refused an API key {Prefix} of {Holder} from {Address} on {Path}: {Reason}", prefix ?? "(no prefix)",
            holder ?? "(no such key)", Context.Connection.RemoteIpAddress, Request.Path, reason);
        return AuthenticateResult.Fail(reason);
    }
}
