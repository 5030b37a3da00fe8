using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Credentials;

/// <summary>Agency systems prove who they are to their adapter (here the all-in-one host's routes under /agencies/{agency}).</summary>
public sealed class AgencyCredentialTests : IAsyncLifetime
{
    readonly FakeTimeProvider _clock = new(Now);
    readonly CapturedLogs _logs = new();
    AllInOneClient _hub = null!;

    public async Task InitializeAsync() =>
        _hub = await AllInOneClient.Start(new Dictionary<string, string?> { ["Credentials:KeyCacheTime"] = "00:00:00" }, _clock, _logs);

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    ApiKeyStore Keys => _hub.Services.GetRequiredService<ApiKeyStore>();

    Task<IssuedKey> NewKey(string agency, TimeSpan? lifetime = null) =>
        Keys.Create(agency, $"{agency} case system", _clock.GetUtcNow() + (lifetime ?? TimeSpan.FromDays(30)), "test", CancellationToken.None);

    static HttpRequestMessage Request(HttpMethod method, string path, string? key, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return request;
    }

    static HttpRequestMessage Selection(string? key) =>
        Request(HttpMethod.Post, "/agencies/police/messages/ppo-selected", key,
            System.Text.Json.JsonSerializer.Serialize(Selected(ByPnc(1)), AgencyHub.Contracts.Catalogue.ContractJson.Options));

    async Task<(HttpResponseMessage Response, JsonObject Problem)> Send(HttpRequestMessage request)
    {
        var response = await _hub.Anonymous().SendAsync(request);
        var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? (await response.Content.ReadFromJsonAsync<JsonObject>())!
            : [];
        return (response, problem);
    }

    [Theory]
    [InlineData("POST", "/agencies/prison/messages/reception-into-custody")]
    [InlineData("GET", "/agencies/prison/feed")]
    [InlineData("POST", "/agencies/prison/feed/ack")]
    [InlineData("POST", "/agencies/police/selection-matrix/score")]
    public async Task Every_agency_route_without_credentials_is_401_with_a_challenge(string method, string path)
    {
        var (response, problem) = await Send(Request(new HttpMethod(method), path, key: null, method == "POST" ? "{}" : null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer realm=\"AgencyHub\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("Authorization: Bearer", (string?)problem["detail"]);
    }

    [Fact]
    public async Task The_catalogue_and_health_need_no_credentials()
    {
        Assert.Equal(HttpStatusCode.OK, (await Send(Request(HttpMethod.Get, "/agencies/police/catalogue", null))).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(Request(HttpMethod.Get, "/health/ready", null))).Response.StatusCode);
    }

    [Fact]
    public async Task An_agency_systems_key_opens_its_own_routes_and_is_recorded_with_what_it_posts()
    {
        var key = await NewKey("police");
        var (response, _) = await Send(Selection(key.Key));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var posted = await _hub.Query(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.MessagePosted));
        Assert.Equal(("police", "police case system", "ppo-selected"), (posted.Agency, posted.Actor, posted.MessageType));
    }

    [Fact]
    public async Task Another_agencys_key_is_403_naming_both()
    {
        var prison = await NewKey("prison");
        var (response, problem) = await Send(Selection(prison.Key));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("prison case system holds a credential of prison: it may not use the police adapter's routes.", (string?)problem["detail"]);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("ahk_abcdefghjk_wrongsecretwrongsecretwrongsecretwrongsecre")]
    public async Task A_bad_key_is_401_and_its_secret_never_reaches_the_log(string bad)
    {
        var (response, problem) = await Send(Selection(bad));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
        Assert.StartsWith("The credential was refused", (string?)problem["detail"]);
        Assert.Contains(_logs.Lines, line => line.Contains("Refused an API key"));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(bad));
    }

    [Fact]
    public async Task A_right_prefix_with_a_wrong_secret_is_refused_and_logged_by_prefix_and_holder()
    {
        var key = await NewKey("police");
        var forged = key.Key[..^4] + (key.Key.EndsWith("AAAA") ? "BBBB" : "AAAA");

        var (response, problem) = await Send(Selection(forged));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("The credential was refused: unknown key.", (string?)problem["detail"]);
        var line = Assert.Single(_logs.Lines, l => l.Contains("Refused an API key"));
        Assert.Contains(key.Record.Prefix, line);
        Assert.Contains("police case system", line);
        Assert.DoesNotContain(forged, line);
    }

    [Fact]
    public async Task An_expired_key_and_a_revoked_key_are_401_saying_so()
    {
        var expiring = await NewKey("police", TimeSpan.FromHours(1));
        var revoked = await NewKey("police");
        await Keys.Revoke(revoked.Record.Prefix, "test", CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1));

        var (expired, expiredProblem) = await Send(Selection(expiring.Key));
        var (refused, revokedProblem) = await Send(Selection(revoked.Key));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (expired.StatusCode, refused.StatusCode));
        Assert.Contains("the key expired at", (string?)expiredProblem["detail"]);
        Assert.Contains("the key was revoked at", (string?)revokedProblem["detail"]);
    }

    [Fact]
    public async Task A_rotated_key_keeps_working_alongside_the_new_one_until_the_overlap_ends()
    {
        var old = await NewKey("police");
        var replacement = (await Keys.Rotate(old.Record.Prefix, TimeSpan.FromDays(7), _clock.GetUtcNow().AddDays(365), "test", CancellationToken.None))!;

        Assert.Equal(HttpStatusCode.Accepted, (await Send(Selection(old.Key))).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await Send(Selection(replacement.Key))).Response.StatusCode);
        _clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(Selection(old.Key))).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await Send(Selection(replacement.Key))).Response.StatusCode);
        Assert.Equal((old.Record.Name, old.Record.KeyId), (replacement.Record.Name, replacement.Record.Replaces));
    }

    [Fact]
    public async Task Only_a_hash_of_a_key_is_stored()
    {
        var key = await NewKey("police");
        var stored = await _hub.Query(db => db.ApiKeys.SingleAsync(k => k.KeyId == key.Record.KeyId));

        Assert.Equal(32, stored.SecretHash.Length);
        Assert.DoesNotContain(key.Key[15..], Convert.ToBase64String(stored.SecretHash) + stored.Prefix + stored.Name);
        Assert.StartsWith($"ahk_{stored.Prefix}_", key.Key);
    }

    [Fact]
    public async Task Key_changes_are_recorded_under_the_operator_without_the_secret()
    {
        var key = await NewKey("police");
        await Keys.Revoke(key.Record.Prefix, "operator jo", CancellationToken.None);

        var changes = await _hub.Query(db => db.AuditEntries.Where(a => a.Action == AuditAction.KeyCreated || a.Action == AuditAction.KeyRevoked)
            .Where(a => a.Detail!.Contains(key.Record.Prefix)).ToListAsync());
        Assert.Equal([("test", AuditAction.KeyCreated), ("operator jo", AuditAction.KeyRevoked)],
            changes.OrderBy(c => c.Action).Select(c => (c.Actor, c.Action)));
        Assert.All(changes, c => Assert.DoesNotContain(key.Key[15..], c.Detail));
    }
}
