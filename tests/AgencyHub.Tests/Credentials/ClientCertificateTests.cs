using System.Security.Cryptography;
using System.Text.Json;
using AgencyHub.Contracts.Catalogue;
using System.Security.Cryptography.X509Certificates;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Persistence.Audit;
using AgencyHub.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Tests.Credentials;

/// <summary>Mutual TLS as an option: a registered client certificate stands for one agency system.</summary>
public sealed class ClientCertificateTests
{
    static X509Certificate2 Certificate(string subject, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], critical: false));
        return request.CreateSelfSigned(notBefore, notAfter);
    }

    static readonly X509Certificate2 Custody = Certificate("CN=Lancashire custody system", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    static readonly X509Certificate2 Lapsed = Certificate("CN=Old custody system", DateTimeOffset.UtcNow.AddDays(-30), DateTimeOffset.UtcNow.AddDays(-1));
    static readonly X509Certificate2 Stranger = Certificate("CN=Unknown system", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));

    static Task<AllInOneClient> Hub() => AllInOneClient.Start(new Dictionary<string, string?>
    {
        ["Credentials:ClientCertificates:0:Thumbprint"] = ClientCertificates.Thumbprint(Custody),
        ["Credentials:ClientCertificates:0:Agency"] = "police",
        ["Credentials:ClientCertificates:0:Name"] = "Lancashire custody system",
        ["Credentials:ClientCertificates:1:Thumbprint"] = ClientCertificates.Thumbprint(Lapsed),
        ["Credentials:ClientCertificates:1:Agency"] = "police",
        ["Credentials:ClientCertificates:1:Name"] = "Old custody system",
    });

    static Task<HttpContext> Read(AllInOneClient hub, string agency, X509Certificate2 certificate) =>
        hub.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Scheme = "https";
            context.Request.Path = $"/agencies/{agency}/feed";
            context.Connection.ClientCertificate = certificate;
        });

    [Fact]
    public async Task A_registered_certificate_opens_its_agencys_routes_as_its_agency_system()
    {
        await using var hub = await Hub();
        var posted = await hub.Server.SendAsync(context =>
        {
            context.Request.Method = "POST";
            context.Request.Scheme = "https";
            context.Request.Path = "/agencies/police/messages/ppo-selected";
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(Messages.Selected(Messages.ByPnc(1)), ContractJson.Options));
            context.Connection.ClientCertificate = Custody;
        });
        var police = await Read(hub, "police", Custody);
        var prison = await Read(hub, "prison", Custody);

        Assert.Equal((202, 200, 403), (posted.Response.StatusCode, police.Response.StatusCode, prison.Response.StatusCode));
        var activity = await hub.Query(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.MessagePosted));
        Assert.Equal("Lancashire custody system", activity.Actor);
    }

    [Fact]
    public async Task An_unregistered_or_lapsed_certificate_is_401()
    {
        await using var hub = await Hub();
        var stranger = await Read(hub, "police", Stranger);
        var lapsed = await Read(hub, "police", Lapsed);

        Assert.Equal((401, 401), (stranger.Response.StatusCode, lapsed.Response.StatusCode));
        Assert.Contains("not registered", stranger.Response.Headers.WWWAuthenticate.ToString());
        Assert.Contains("not valid", lapsed.Response.Headers.WWWAuthenticate.ToString());
    }

    [Theory]
    [InlineData("Thumbprint", "abc", "Credentials:ClientCertificates:0:Thumbprint")]
    [InlineData("Agency", "interpol", "Credentials:ClientCertificates:0:Agency")]
    [InlineData("Name", "", "Credentials:ClientCertificates:0:Name")]
    public async Task A_bad_registration_stops_start_up_naming_the_setting(string field, string value, string setting)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Credentials:ClientCertificates:0:Thumbprint"] = ClientCertificates.Thumbprint(Custody),
            ["Credentials:ClientCertificates:0:Agency"] = "police",
            ["Credentials:ClientCertificates:0:Name"] = "Lancashire custody system",
        };
        settings[$"Credentials:ClientCertificates:0:{field}"] = value;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AllInOneClient.Start(settings));
        Assert.StartsWith(setting, error.Message);
    }
}
