using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace AgencyHub.Tests.Credentials;

/// <summary>A host in Production refuses to start without its own credentials, naming the setting.</summary>
public sealed class ProductionCredentialsTests
{
    static async Task<string> StartFailure(string environment, Dictionary<string, string?> settings)
    {
        await using var app = AdapterHost.Create(Agency.Police, ["--environment", environment], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "None" });
            builder.Configuration.AddInMemoryCollection(settings);
        });
        try
        {
            await app.StartAsync();
            await app.StopAsync();
            return "";
        }
        catch (InvalidOperationException exception)
        {
            return exception.Message;
        }
    }

    static Dictionary<string, string?> Broker(string? user, string? password) => new()
    {
        ["Bus:Transport"] = "RabbitMq",
        ["Bus:RabbitMq:Port"] = "1",
        ["Bus:RabbitMq:Username"] = user,
        ["Bus:RabbitMq:Password"] = password,
        ["Persistence:ConnectionString"] = TestDatabase.NewSqliteFile(),
    };

    [Theory]
    [InlineData("guest", "secret", "Bus:RabbitMq:Username")]
    [InlineData("agencyhub-police", "guest", "Bus:RabbitMq:Password")]
    [InlineData("agencyhub-police", "", "Bus:RabbitMq:Password")]
    public async Task A_missing_or_default_broker_credential_stops_a_production_host(string user, string password, string setting)
    {
        Assert.StartsWith($"{setting} is missing or a default", await StartFailure(Environments.Production, Broker(user, password)));
    }

    [Fact]
    public async Task A_database_connection_without_a_password_stops_a_production_host()
    {
        var message = await StartFailure(Environments.Production, new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Postgres",
            ["Persistence:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=agencyhub;Username=agencyhub-police",
        });
        Assert.StartsWith("Persistence:ConnectionString is missing or a default", message);
        Assert.Contains("Persistence__ConnectionString", message);
    }

    [Fact]
    public async Task A_development_host_is_not_checked()
    {
        Assert.DoesNotContain("is missing or a default", await StartFailure(Environments.Development, Broker("guest", "guest")));
    }
}
