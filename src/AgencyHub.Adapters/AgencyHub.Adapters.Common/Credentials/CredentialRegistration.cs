using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Credentials;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Certificate;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Cryptography.X509Certificates;

namespace AgencyHub.Adapters.Common.Credentials;

/// <summary>
/// Agency systems prove who they are to their adapter: an API key (<c>Authorization: Bearer</c>) or a registered client
/// certificate. Every adapter route but the catalogue needs one of the route's own agency.
/// </summary>
public static class CredentialRegistration
{
    /// <summary>The scheme every request is authenticated with: the client certificate if one is presented without a key, else the key.</summary>
    public const string Scheme = "AgencyCredential";

    /// <summary>Adds authentication, a policy per agency, the per-client rate limit and (when configured) development keys.</summary>
    public static IServiceCollection AddAgencyCredentials(this IServiceCollection services, IConfiguration configuration,
        IReadOnlyList<Agency> agencies)
    {
        var options = configuration.GetSection(CredentialOptions.Section).Get<CredentialOptions>() ?? new CredentialOptions();
        services.AddSingleton(options);
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ApiKeyValidator>();
        // Read now, so a bad registration stops start-up naming its setting.
        var certificates = new ClientCertificates(options.ClientCertificates);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, CredentialAnswers>();

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "An agency system's API key or client certificate", scheme =>
            {
                scheme.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.Count == 0 && context.Connection.ClientCertificate is not null
                        ? CertificateAuthenticationDefaults.AuthenticationScheme
                        : ApiKeyAuthentication.SchemeName;
                scheme.ForwardChallenge = ApiKeyAuthentication.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddCertificate(certificate =>
            {
                // The registration by thumbprint is the trust (ClientCertificates); the validity period is still checked.
                certificate.AllowedCertificateTypes = CertificateTypes.All;
                certificate.RevocationMode = X509RevocationMode.NoCheck;
                certificate.Events = new CertificateAuthenticationEvents
                {
                    OnCertificateValidated = certificates.Validated,
                    OnAuthenticationFailed = ClientCertificates.Failed,
                };
            });
        services.AddAuthorization(authorization =>
        {
            foreach (var agency in AgencyNames.Partners)
                authorization.AddPolicy(AgencyRoutes.Policy(agency), policy => policy.RequireClaim(AgencySystemClaims.Agency, agency.Slug()));
            StaffPolicies.Add(authorization);
        });
        services.AddRateLimiter(limiter => ClientRateLimit.Configure(limiter, options.RateLimit));
        if (options.ClientCertificates.Count > 0)
            // HTTPS endpoints (Kestrel:Endpoints:*) ask for a client certificate; which ones are trusted is the
            // registrations' decision (ClientCertificates), not the machine's certificate store's.
            services.Configure<KestrelServerOptions>(kestrel => kestrel.ConfigureHttpsDefaults(https =>
            {
                https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                https.AllowAnyClientCertificate();
            }));
        if (options.DevelopmentKeysPath is { } path)
            services.AddHostedService(provider => ActivatorUtilities.CreateInstance<DevelopmentKeys>(provider, path, agencies));
        return services;
    }

    /// <summary>Authenticates every request, limits each client's rate, then authorizes: in this order, so the limit knows the client.</summary>
    public static IApplicationBuilder UseAgencyCredentials(this IApplicationBuilder app) =>
        app.UseAuthentication().UseRateLimiter().UseAuthorization();

    /// <summary>Lets only <paramref name="agency"/>'s agency systems use the routes of <paramref name="group"/>.</summary>
    public static TBuilder RequireAgency<TBuilder>(this TBuilder group, Agency agency) where TBuilder : IEndpointConventionBuilder =>
        group.RequireAuthorization(AgencyRoutes.Policy(agency)).WithMetadata(new AgencyRoutes(agency));
}
