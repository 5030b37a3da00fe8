using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AgencyHub.Contracts.Agencies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Certificate;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Adapters.Common.Credentials;

/// <summary>
/// Client certificates (mutual TLS) as an agency system's credential: each registered certificate, by its SHA-256
/// thumbprint, stands for one agency system. The registration is the trust: a certificate not registered is refused
/// whoever issued it, and a registered one only within its validity period.
/// </summary>
public sealed class ClientCertificates
{
    readonly Dictionary<string, (Agency Agency, string Name)> _registered = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the registrations, refusing a bad one with the setting that holds it.</summary>
    public ClientCertificates(IReadOnlyList<ClientCertificateOptions> registrations)
    {
        for (var i = 0; i < registrations.Count; i++)
        {
            var setting = $"{CredentialOptions.Section}:ClientCertificates:{i}";
            var registration = registrations[i];
            var thumbprint = Normalise(registration.Thumbprint);
            if (thumbprint.Length != 64 || !thumbprint.All(Uri.IsHexDigit))
                throw new InvalidOperationException($"{setting}:Thumbprint must be a certificate's SHA-256 thumbprint (64 hex digits)");
            if (!AgencyNames.TryParse(registration.Agency, out var agency))
                throw new InvalidOperationException($"{setting}:Agency must be one of {string.Join(", ", AgencyNames.Partners.Select(a => a.Slug()))}");
            if (string.IsNullOrWhiteSpace(registration.Name))
                throw new InvalidOperationException($"{setting}:Name must name the agency system holding the certificate");
            if (!_registered.TryAdd(thumbprint, (agency, registration.Name.Trim())))
                throw new InvalidOperationException($"{setting}:Thumbprint is registered twice");
        }
    }

    /// <summary>The certificate's thumbprint as registrations give it.</summary>
    public static string Thumbprint(X509Certificate2 certificate) => certificate.GetCertHashString(HashAlgorithmName.SHA256);

    /// <summary>Maps a validated certificate to its agency system, or fails it.</summary>
    public Task Validated(CertificateValidatedContext context)
    {
        var thumbprint = Thumbprint(context.ClientCertificate);
        if (_registered.TryGetValue(thumbprint, out var holder))
        {
            context.Principal = AgencySystemClaims.Principal(holder.Agency, holder.Name, $"certificate:{thumbprint}", context.Scheme.Name);
            context.Success();
            return Task.CompletedTask;
        }
        return Refuse(context, thumbprint, "the client certificate is not registered");
    }

    /// <summary>Records why a certificate failed validation (expired, not yet valid, unusable).</summary>
    public static Task Failed(CertificateAuthenticationFailedContext context) =>
        Refuse(context, Thumbprint(context.HttpContext.Connection.ClientCertificate!),
            $"the client certificate is not valid: {context.Exception.Message}");

    static Task Refuse(ResultContext<CertificateAuthenticationOptions> context, string thumbprint, string reason)
    {
        var http = context.HttpContext;
        CredentialFailure.Set(http, reason);
        http.RequestServices.GetRequiredService<ILogger<ClientCertificates>>().LogWarning("Refused client certificate {Thumbprint} from {Address} on {Path}: {Reason}", thumbprint,
            http.Connection.RemoteIpAddress, http.Request.Path, reason);
        context.Fail(reason);
        return Task.CompletedTask;
    }

    static string Normalise(string thumbprint) => new(thumbprint.Where(c => !char.IsWhiteSpace(c) && c != ':').ToArray());
}
