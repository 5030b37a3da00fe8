using AgencyHub.Persistence.Credentials;
using AgencyHub.Adapters.Common.Credentials;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Host;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Failures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Tests.Support;

/// <summary>
/// The all-in-one host on its embedded defaults, in process, and an HTTP client speaking to it as agencies do: each
/// request to <c>/agencies/{agency}/…</c> carries that agency's development key, which the host made at start.
/// </summary>
public sealed class AllInOneClient : IAsyncDisposable
{
    readonly WebApplication _app;

    readonly bool _ownKeys;

    readonly bool _listens;

    AllInOneClient(WebApplication app, string keysFolder, bool ownKeys, Uri? listening)
    {
        _app = app;
        _ownKeys = ownKeys;
        KeysFolder = keysFolder;
        _listens = listening is not null;
        Address = listening ?? app.GetTestServer().BaseAddress;
        Http = new HttpClient(new AgencyKeys(keysFolder) { InnerHandler = Transport() }) { BaseAddress = Address };
    }

    /// <summary>A client whose requests carry each agency's own development key.</summary>
    public HttpClient Http { get; }

    /// <summary>Where the host answers: a loopback address when it listens, the test server's otherwise.</summary>
    public Uri Address { get; }

    HttpMessageHandler Transport() => _listens ? new SocketsHttpHandler() : _app.GetTestServer().CreateHandler();

    /// <summary>A client that sends no credentials.</summary>
    public HttpClient Anonymous() => new(Transport()) { BaseAddress = Address };

    /// <summary>Where the host wrote its development keys.</summary>
    public string KeysFolder { get; }

    /// <summary>The host's test server, for requests a client cannot make (e.g. with a client certificate).</summary>
    public TestServer Server => _app.GetTestServer();

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the host; <paramref name="clock"/>, when given, is the hub's clock, and <paramref name="logs"/> receives
    /// what it logs. With <paramref name="listen"/> it answers on a free loopback port, for a browser; otherwise in
    /// process only. <paramref name="services"/> adds to or adjusts the host's services.
    /// </summary>
    public static async Task<AllInOneClient> Start(IDictionary<string, string?>? settings = null, TimeProvider? clock = null,
        CapturedLogs? logs = null, bool listen = false, Action<IServiceCollection>? services = null)
    {
        var ownKeys = settings?.ContainsKey("Credentials:DevelopmentKeysPath") != true;
        var keys = ownKeys ? Directory.CreateTempSubdirectory("agencyhub-keys-").FullName : settings!["Credentials:DevelopmentKeysPath"]!;
        var app = AllInOneHost.Create([], builder =>
        {
            if (listen) builder.WebHost.UseUrls("http://127.0.0.1:0");
            else builder.WebHost.UseTestServer();
            if (clock is not null) builder.Services.AddSingleton(clock);
            if (logs is not null) builder.Logging.AddProvider(logs);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Persistence:ConnectionString"] = TestDatabase.NewSqliteFile(),
                ["Credentials:DevelopmentKeysPath"] = keys,
            });
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        var address = listen ? new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) : null;
        return new AllInOneClient(app, keys, ownKeys, address);
    }

    /// <summary>A member of staff signed in to the dashboard with the development key of <paramref name="role"/>.</summary>
    public async Task<DashboardSession> Staff(StaffRole role) => await DashboardSession.SignedIn(Server, StaffKey(role));

    /// <summary>The development key of <paramref name="role"/>.</summary>
    public string StaffKey(StaffRole role) => File.ReadAllText(Path.Combine(KeysFolder, DevelopmentKeys.StaffFile(role))).Trim();

    /// <summary>Stores a failed message of the hub's intake (a timeout, as a database outage leaves), as the collection would; returns its id.</summary>
    public async Task<Guid> StoreFailedMessage()
    {
        var id = Guid.NewGuid();
        await Services.GetRequiredService<FailedMessageStore>().Record(new FailedMessage
        {
            Id = id, Agency = Agency.Hub.Slug(), Source = FailureSource.Queue, Endpoint = "hub-intake", MessageId = Guid.NewGuid(),
            MessageType = "offender-released", Cause = "System.TimeoutException", Reason = "database did not answer", ContentType = "application/json",
            Body = "{}", LastFailedAt = DateTimeOffset.UtcNow,
        }, alreadyApplied: false, CancellationToken.None);
        return id;
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

    /// <summary>Adds the development key of the agency whose routes a request is for, or the staff role's for the admin API.</summary>
    sealed class AgencyKeys(string folder) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var keyFile = request.RequestUri!.AbsolutePath.Split('/') switch
            {
                [_, "agencies", var agency, ..] => $"{agency}.key",
                [_, "admin", "held-deliveries" or "failed-messages" or "reports", ..] => DevelopmentKeys.StaffFile(StaffRole.Operator),
                [_, "admin", ..] => DevelopmentKeys.StaffFile(StaffRole.Administrator),
                _ => null,
            };
            if (request.Headers.Authorization is null && keyFile is not null && Path.Combine(folder, keyFile) is var file && File.Exists(file))
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", File.ReadAllText(file).Trim());
            return base.SendAsync(request, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownKeys) Directory.Delete(KeysFolder, recursive: true);
    }
}
