using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AgencyHub.Adapters.Common;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace AgencyHub.Tests.Credentials;

/// <summary>An adapter on HTTPS by configuration, with client certificates: the real Kestrel and TLS handshake.</summary>
public sealed class MutualTlsTests
{
    static X509Certificate2 Certificate(string subject, string usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], critical: false));
        if (usage == ServerAuth)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
        }
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        // Through PKCS #12, so the private key can be used by the TLS stack.
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx, "pw"), "pw");
    }

    const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    const string ClientAuth = "1.3.6.1.5.5.7.3.2";

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    static HttpClient Client(X509Certificate2 server, X509Certificate2? client)
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == server.Thumbprint,
        };
        if (client is not null) handler.ClientCertificates.Add(client);
        return new HttpClient(handler);
    }

    [Fact]
    public async Task A_registered_client_certificate_opens_the_adapter_over_https_and_anything_else_is_401()
    {
        var server = Certificate("CN=127.0.0.1", ServerAuth);
        var registered = Certificate("CN=Lancashire custody system", ClientAuth);
        var stranger = Certificate("CN=Unknown system", ClientAuth);
        var pfx = Path.Combine(Path.GetTempPath(), $"agencyhub-server-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfx, server.Export(X509ContentType.Pfx, "server-pw"));
        var url = $"https://127.0.0.1:{FreePort()}";
        await using var police = AdapterHost.Create(Agency.Police, [], builder => builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "None",
                ["Bus:Transport"] = "InMemory",
                ["Persistence:ConnectionString"] = TestDatabase.NewSqliteFile(),
                ["Kestrel:Endpoints:Https:Url"] = url,
                ["Kestrel:Endpoints:Https:Certificate:Path"] = pfx,
                ["Kestrel:Endpoints:Https:Certificate:Password"] = "server-pw",
                ["Credentials:ClientCertificates:0:Thumbprint"] = ClientCertificates.Thumbprint(registered),
                ["Credentials:ClientCertificates:0:Agency"] = "police",
                ["Credentials:ClientCertificates:0:Name"] = "Lancashire custody system",
            }));
        await police.StartAsync();
        try
        {
            using var withRegistered = Client(server, registered);
            using var withStranger = Client(server, stranger);
            using var withNone = Client(server, null);

            Assert.Equal(HttpStatusCode.OK, (await withRegistered.GetAsync($"{url}/feed")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await withStranger.GetAsync($"{url}/feed")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await withNone.GetAsync($"{url}/feed")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await withNone.GetAsync($"{url}/catalogue")).StatusCode);
        }
        finally
        {
            await police.StopAsync();
            File.Delete(pfx);
        }
    }
}
