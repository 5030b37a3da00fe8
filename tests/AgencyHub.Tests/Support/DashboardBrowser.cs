using AgencyHub.Persistence.Credentials;
using Microsoft.Playwright;

namespace AgencyHub.Tests.Support;

/// <summary>
/// Debian's chromium, headless, driven by Playwright against a listening all-in-one host (Playwright cannot download
/// its own browser here). <c>AGENCYHUB_TEST_CHROMIUM</c> names the executable (test.sh installs it); each page's
/// screenshots go to <c>screenshots/</c> in the test output.
/// </summary>
public sealed class DashboardBrowser : IAsyncDisposable
{
    readonly IPlaywright _playwright;
    readonly IBrowser _browser;

    DashboardBrowser(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    /// <summary>Where the screenshots go.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<DashboardBrowser> Launch()
    {
        var executable = Environment.GetEnvironmentVariable("AGENCYHUB_TEST_CHROMIUM") is { Length: > 0 } given ? given : "/usr/bin/chromium";
        if (!File.Exists(executable))
            throw new InvalidOperationException($"No chromium at {executable}: run ./test.sh, which installs Debian's chromium, or set AGENCYHUB_TEST_CHROMIUM.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executable,
            Headless = true,
            ChromiumSandbox = false,
            // The machine's network is closed: without these chromium keeps trying to reach Google's services.
            Args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new DashboardBrowser(playwright, browser);
    }

    /// <summary>A new browser profile (no cookies) at <paramref name="hub"/>'s sign-in page, laptop-sized, on UK time.</summary>
    public async Task<IPage> Open(AllInOneClient hub)
    {
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = hub.Address.ToString(),
            ViewportSize = new() { Width = 1366, Height = 768 },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            AcceptDownloads = true,
        });
        // As long as the suite's other waits (Poll): a 2-core machine running the whole suite is slow at times.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new profile signed in at the sign-in form with <paramref name="role"/>'s development key, on <paramref name="path"/>.</summary>
    public async Task<IPage> SignedIn(AllInOneClient hub, StaffRole role, string path = "/")
    {
        var page = await Open(hub);
        await page.GotoAsync(path);
        await page.GetByLabel("Staff key").FillAsync(hub.StaffKey(role));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync();
        return page;
    }

    /// <summary>Saves the whole page as <c>screenshots/<paramref name="name"/>.png</c>.</summary>
    public static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}.png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
