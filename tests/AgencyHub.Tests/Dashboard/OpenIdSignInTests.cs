using System.Net;
using AgencyHub.Dashboard.Pages;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Time.Testing;

namespace AgencyHub.Tests.Dashboard;

/// <summary>
/// Staff sign in through their organisation's OpenID Connect provider (a stand-in here): the role comes from the
/// provider's claim, someone without a dashboard role is turned back, and a deployment may leave keys out.
/// </summary>
public sealed class OpenIdSignInTests : IAsyncDisposable
{
    static readonly Uri Https = new("https://localhost/");
    readonly FakeOpenIdProvider _provider = new();
    AllInOneClient? _hub;

    public async ValueTask DisposeAsync()
    {
        if (_hub is not null) await _hub.DisposeAsync();
    }

    async Task<AllInOneClient> Hub(bool allowStaffKeys = true, TimeProvider? clock = null) =>
        _hub = await AllInOneClient.Start(FakeOpenIdProvider.Settings(allowStaffKeys), clock, services: _provider.Connect);

    // The browser's part: from the sign-in link to the provider, and the provider's answer posted back.
    async Task<HttpResponseMessage> SignInAtProvider(DashboardSession session, string returnUrl, Dictionary<string, object> claims)
    {
        using var challenge = await session.Http.GetAsync($"/sign-in/oidc?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith($"{FakeOpenIdProvider.Issuer}/authorize?", authorize.AbsoluteUri);
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal(("code", "S256", FakeOpenIdProvider.ClientId), (query["response_type"].ToString(), query["code_challenge_method"].ToString(),
            query["client_id"].ToString()));
        _provider.Issue(query["nonce"]!, claims);
        return await session.Http.PostAsync(new Uri(query["redirect_uri"]!), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = "a-code-from-the-provider", ["state"] = query["state"]!,
        }));
    }

    static void AssertLedToSignIn(HttpResponseMessage response, string page)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/sign-in?ReturnUrl={Uri.EscapeDataString(page)}", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_member_of_the_providers_operators_group_is_signed_in_as_an_operator_and_goes_where_they_were_going()
    {
        var hub = await Hub();
        var session = DashboardSession.New(hub.Server, Https);

        var form = await session.Http.GetStringAsync("/sign-in?returnUrl=%2Fdeadlines");
        using var answer = await SignInAtProvider(session, "/deadlines", new()
        {
            ["sub"] = "248289761001", ["name"] = "Siân O'Brien", ["groups"] = new[] { "PPO Operators", "All staff" },
        });
        var done = await session.Http.GetStringAsync(answer.Headers.Location!);
        var deadlines = await session.Http.GetStringAsync("/deadlines");

        Assert.Contains("<a class=\"button\" href=\"/sign-in/oidc?returnUrl=%2Fdeadlines\">Sign in with Justice ID</a>", form);
        Assert.Contains("id=\"key\"", form);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/sign-in/done?returnUrl=%2Fdeadlines", answer.Headers.Location!.OriginalString);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/deadlines\">", done);
        Assert.Contains($"<span>{Html.Encode("Siân O'Brien")} (operator)</span>", deadlines);
    }

    [Fact]
    public async Task A_provider_s_sign_in_ends_eight_hours_after_it_was_made_however_much_it_is_used()
    {
        // From the real time: the browser's cookie jar drops cookies that expired by the real clock.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var hub = await Hub(clock: clock);
        var session = DashboardSession.New(hub.Server, Https);
        using var answer = await SignInAtProvider(session, "/cases", new() { ["sub"] = "2", ["name"] = "Dafydd Jones", ["groups"] = new[] { "read-only" } });

        clock.Advance(TimeSpan.FromHours(7));
        using var later = await session.Http.GetAsync("/cases");
        clock.Advance(TimeSpan.FromHours(1.5));
        using var afterEightHours = await session.Http.GetAsync("/cases");

        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Contains("Dafydd Jones (read-only)", await later.Content.ReadAsStringAsync());
        AssertLedToSignIn(afterEightHours, "/cases");
    }

    [Fact]
    public async Task Someone_the_provider_gives_no_dashboard_role_is_turned_back_to_the_sign_in_form()
    {
        var hub = await Hub();
        var session = DashboardSession.New(hub.Server, Https);

        using var answer = await SignInAtProvider(session, "/cases", new() { ["sub"] = "1", ["name"] = "A. Visitor", ["groups"] = new[] { "All staff" } });
        using var form = await session.Http.GetAsync(answer.Headers.Location!);
        using var cases = await session.Http.GetAsync("/cases");

        Assert.Equal("/sign-in?failed=oidc", answer.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, form.StatusCode);
        Assert.Contains("The sign-in at Justice ID did not succeed, or gave you no dashboard role.", await form.Content.ReadAsStringAsync());
        AssertLedToSignIn(cases, "/cases");
    }

    [Fact]
    public async Task With_keys_turned_off_the_form_offers_only_the_provider_and_a_staff_key_opens_nothing()
    {
        var hub = await Hub(allowStaffKeys: false);
        var session = DashboardSession.New(hub.Server, Https);

        var form = await session.Http.GetStringAsync("/sign-in");
        // No form to take a token from: the post alone, which has nowhere to go.
        using var withKey = await session.Http.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["key"] = hub.StaffKey(StaffRole.Operator), ["returnUrl"] = "",
        }));

        Assert.Contains("Sign in with Justice ID", form);
        Assert.DoesNotContain("id=\"key\"", form);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, withKey.StatusCode);
    }
}
