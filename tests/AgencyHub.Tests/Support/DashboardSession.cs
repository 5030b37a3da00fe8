using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;

namespace AgencyHub.Tests.Support;

/// <summary>
/// A member of staff at the dashboard, as a browser would be without one: it keeps the cookies the host sets, never
/// follows a redirect by itself (so tests see them), and posts a form with the antiforgery token of the page it came from.
/// </summary>
public sealed partial class DashboardSession
{
    DashboardSession(TestServer server, Uri? address) =>
        Http = new HttpClient(new Cookies(new CookieContainer()) { InnerHandler = server.CreateHandler() }) { BaseAddress = address ?? server.BaseAddress };

    /// <summary>The client: every request carries the session's cookies.</summary>
    public HttpClient Http { get; }

    /// <summary>A session that has not signed in, at <paramref name="address"/> (default: the server's, over HTTP).</summary>
    public static DashboardSession New(TestServer server, Uri? address = null) => new(server, address);

    /// <summary>A session signed in with <paramref name="key"/>; fails unless the sign-in succeeded.</summary>
    public static async Task<DashboardSession> SignedIn(TestServer server, string key)
    {
        var session = New(server);
        using var response = await session.SignIn(key);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return session;
    }

    /// <summary>Posts the sign-in form with <paramref name="key"/>, as from the sign-in page.</summary>
    public Task<HttpResponseMessage> SignIn(string key, string returnUrl = "") =>
        PostForm("/sign-in", "/sign-in", new() { ["key"] = key, ["returnUrl"] = returnUrl });

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the antiforgery token of the form on <paramref name="page"/>.</summary>
    public async Task<HttpResponseMessage> PostForm(string page, string action, Dictionary<string, string> fields)
    {
        var html = await Http.GetStringAsync(page);
        var token = TokenField().Match(html);
        Assert.True(token.Success, $"no antiforgery token on {page}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await Http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>A live page's update of <paramref name="path"/>: its main part only.</summary>
    public Task<HttpResponseMessage> Fragment(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Dashboard-Fragment", "main");
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        return Http.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    sealed class Cookies(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0) request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
                foreach (var setCookie in setCookies) cookies.SetCookies(request.RequestUri!, setCookie);
            return response;
        }
    }
}
