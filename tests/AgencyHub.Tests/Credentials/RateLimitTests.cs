using System.Net;
using System.Net.Http.Headers;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Tests.Credentials;

/// <summary>Each client has its own token bucket: over it, 429 with Retry-After, and other clients are not held up.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_retry_after_while_another_client_carries_on()
    {
        await using var hub = await AllInOneClient.Start(new Dictionary<string, string?>
        {
            ["Credentials:RateLimit:PermitsPerSecond"] = "1",
            ["Credentials:RateLimit:Burst"] = "3",
        });
        var store = hub.Services.GetRequiredService<ApiKeyStore>();
        var (busy, other) = (await NewKey(store, "busy system"), await NewKey(store, "quiet system"));

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++) answers.Add(await hub.Anonymous().SendAsync(Feed(busy)));
        var quiet = await hub.Anonymous().SendAsync(Feed(other));

        var limited = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.True(limited.Count >= 5, $"only {limited.Count} of 10 quick reads were limited");
        Assert.All(limited, a => Assert.True(a.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1)));
        Assert.Equal("application/problem+json", limited[0].Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, quiet.StatusCode);
    }

    [Fact]
    public async Task Guessing_keys_is_limited_by_address()
    {
        await using var hub = await AllInOneClient.Start(new Dictionary<string, string?>
        {
            ["Credentials:RateLimit:PermitsPerSecond"] = "1",
            ["Credentials:RateLimit:Burst"] = "3",
        });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            var guess = new HttpRequestMessage(HttpMethod.Get, "/agencies/prison/feed");
            guess.Headers.Authorization = new AuthenticationHeaderValue("Bearer", $"ahk_abcdefghjk_guess{i}");
            statuses.Add((await hub.Anonymous().SendAsync(guess)).StatusCode);
        }
        Assert.Contains(HttpStatusCode.Unauthorized, statuses);
        Assert.True(statuses.Count(s => s == HttpStatusCode.TooManyRequests) >= 5, string.Join(", ", statuses));
    }

    static async Task<string> NewKey(ApiKeyStore store, string name) =>
        (await store.Create("prison", name, DateTimeOffset.UtcNow.AddDays(1), "test", CancellationToken.None)).Key;

    static HttpRequestMessage Feed(string key) => new(HttpMethod.Get, "/agencies/prison/feed")
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", key) },
    };
}
