using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Host;
using AgencyHub.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Tests.Support;

/// <summary>The all-in-one host on its embedded defaults, in process, and an HTTP client speaking to it as agencies do.</summary>
public sealed class AllInOneClient : IAsyncDisposable
{
    readonly WebApplication _app;

    AllInOneClient(WebApplication app)
    {
        _app = app;
        Http = app.GetTestClient();
    }

    public HttpClient Http { get; }

    /// <summary>Starts the host; <paramref name="clock"/>, when given, is the hub's clock.</summary>
    public static async Task<AllInOneClient> Start(IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var app = AllInOneHost.Create([], builder =>
        {
            builder.WebHost.UseTestServer();
            if (clock is not null) builder.Services.AddSingleton(clock);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Persistence:ConnectionString"] = TestDatabase.NewSqliteFile(),
            });
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        });
        await app.StartAsync();
        return new AllInOneClient(app);
    }

    /// <summary>Reads the hub's database.</summary>
    public async Task<T> Query<T>(Func<HubDbContext, Task<T>> query)
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>Posts a message as JSON to an agency's ingress API.</summary>
    public Task<HttpResponseMessage> Post(Agency agency, string type, object message, Guid? messageId = null) =>
        PostRaw(agency, type, JsonSerializer.Serialize(message, ContractJson.Options), messageId: messageId);

    public Task<HttpResponseMessage> PostRaw(Agency agency, string type, string body, string contentType = "application/json", Guid? messageId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/agencies/{agency.Slug()}/messages/{type}")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (messageId is not null) request.Headers.Add("X-Message-Id", messageId.ToString());
        return Http.SendAsync(request);
    }

    /// <summary>Reads an agency's feed, long-polling until an item of <paramref name="messageType"/> appears (30 s at most).</summary>
    public async Task<JsonObject> WaitForItem(Agency agency, string messageType, Func<JsonNode, bool>? payload = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var after = "0";
        while (DateTime.UtcNow < deadline)
        {
            var page = (await Http.GetFromJsonAsync<JsonObject>($"/agencies/{agency.Slug()}/feed?after={after}&wait=5"))!;
            foreach (var item in page["items"]!.AsArray().Select(i => i!.AsObject()))
                if ((string?)item["messageType"] == messageType && (payload is null || payload(item["payload"]!)))
                    return item;
            after = (string)page["nextCursor"]!;
        }
        throw new TimeoutException($"No {messageType} reached the {agency.Slug()} feed");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
