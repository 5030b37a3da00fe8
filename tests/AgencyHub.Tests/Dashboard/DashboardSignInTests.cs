using System.Net;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Tests.Dashboard;

/// <summary>Staff sign in to the dashboard with their own key; nobody else gets a page.</summary>
public sealed class DashboardSignInTests : IAsyncLifetime
{
    AllInOneClient _hub = null!;

    public async Task InitializeAsync() => _hub = await AllInOneClient.Start();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/cases")]
    [InlineData("/messages")]
    [InlineData("/people/0b6c6a58-51d1-4d0e-9a43-6f1f1d5c3e11")]
    public async Task A_page_without_a_sign_in_leads_to_the_sign_in_form_and_back(string page)
    {
        using var response = await DashboardSession.New(_hub.Server).Http.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/sign-in?ReturnUrl={Uri.EscapeDataString(page)}", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_live_update_without_a_sign_in_is_401_so_the_page_reloads_to_the_form()
    {
        using var response = await DashboardSession.New(_hub.Server).Fragment("/messages");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(StaffRole.Operator, "operator")]
    [InlineData(StaffRole.ReadOnly, "read-only")]
    [InlineData(StaffRole.Administrator, "administrator")]
    public async Task Each_staff_role_signs_in_with_its_key_and_returns_to_the_page_it_asked_for(StaffRole role, string shown)
    {
        var session = DashboardSession.New(_hub.Server);

        using var signIn = await session.SignIn(_hub.StaffKey(role), returnUrl: "/messages");
        var page = await session.Http.GetStringAsync("/messages");

        Assert.Equal((HttpStatusCode.Redirect, "/messages"), (signIn.StatusCode, signIn.Headers.Location!.OriginalString));
        Assert.Contains($"({shown})", page);
        Assert.Contains("<h1>Recent messages</h1>", page);
    }

    [Fact]
    public async Task An_agency_s_key_an_unknown_key_and_no_key_are_refused_naming_the_key_field()
    {
        var session = DashboardSession.New(_hub.Server);

        using var agencyKey = await session.SignIn(File.ReadAllText(Path.Combine(_hub.KeysFolder, "police.key")).Trim());
        using var unknown = await session.SignIn("ahk_abcdefghjk_not-a-key-anyone-holds");
        using var none = await session.SignIn("  ");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest),
            (agencyKey.StatusCode, unknown.StatusCode, none.StatusCode));
        Assert.Contains("key: this is not a working staff key", await agencyKey.Content.ReadAsStringAsync());
        Assert.Contains("key: paste your staff key", await none.Content.ReadAsStringAsync());
        using var page = await session.Http.GetAsync("/cases");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_form_without_its_antiforgery_token_is_400()
    {
        using var response = await DashboardSession.New(_hub.Server).Http.PostAsync("/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = _hub.StaffKey(StaffRole.Operator) }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This form had expired", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("//elsewhere.example/")]
    [InlineData("/\\elsewhere.example/")]
    [InlineData("https://elsewhere.example/")]
    public async Task A_return_address_off_the_site_is_not_followed(string returnUrl)
    {
        using var response = await DashboardSession.New(_hub.Server).SignIn(_hub.StaffKey(StaffRole.Operator), returnUrl);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Revoking_the_key_signs_its_holder_out_at_their_next_request()
    {
        // Every request asks the store about the key, rather than what it said within Credentials:KeyCacheTime.
        await using var hub = await AllInOneClient.Start(new Dictionary<string, string?> { ["Credentials:KeyCacheTime"] = "00:00:00" });
        var session = await hub.Staff(StaffRole.Operator);
        using var before = await session.Http.GetAsync("/cases");

        await hub.Services.GetRequiredService<ApiKeyStore>().Revoke(ApiKeySecret.PrefixOf(hub.StaffKey(StaffRole.Operator))!, "test", CancellationToken.None);
        using var after = await session.Http.GetAsync("/cases");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Redirect), (before.StatusCode, after.StatusCode));
        Assert.StartsWith("/sign-in", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Signing_out_ends_the_sign_in()
    {
        var session = await _hub.Staff(StaffRole.ReadOnly);

        using var signOut = await session.PostForm("/cases", "/sign-out", []);
        using var page = await session.Http.GetAsync("/cases");

        Assert.Equal((HttpStatusCode.Redirect, "/sign-in"), (signOut.StatusCode, signOut.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task Pages_allow_no_inline_script_and_no_framing()
    {
        var session = await _hub.Staff(StaffRole.Operator);

        using var page = await session.Http.GetAsync("/cases");

        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.True(page.Headers.CacheControl?.NoStore, "pages with personal data must not be stored by the browser");
    }
}
