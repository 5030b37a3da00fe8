using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AgencyHub.Dashboard.Pages;

/// <summary>
/// The dashboard's one style sheet and one script, served from here so the pages can forbid inline script
/// (<see cref="SecurityHeaders"/>): whatever text a message carries, shown on a page, can never run.
/// </summary>
public static class DashboardAssets
{
    /// <summary>Maps <c>/dashboard/dashboard.css</c> and <c>/dashboard/dashboard.js</c>, open to all: they hold no data.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/dashboard/dashboard.css", () => Results.Text(Css, "text/css; charset=utf-8")).AllowAnonymous();
        routes.MapGet("/dashboard/dashboard.js", () => Results.Text(Script, "text/javascript; charset=utf-8")).AllowAnonymous();
    }

    /// <summary>Headers of every dashboard answer: nothing from elsewhere, nothing inline, never inside another site's frame.</summary>
    public static void SecurityHeaders(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        // What antiforgery sets on every page with a form: set first, it would log a warning for each page it overrode.
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
    }

    const string Css = """
        body{font-family:system-ui,sans-serif;margin:0;line-height:1.4;color:#111}
        header{display:flex;justify-content:space-between;align-items:center;padding:.5rem 1.5rem;background:#1d3557;color:#fff}
        header a{color:#fff;margin-right:1rem}header .who{display:flex;gap:.5rem;align-items:center}
        main{padding:1rem 1.5rem;max-width:80rem}
        .skip{position:absolute;left:-10rem}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
        a:focus,button:focus,input:focus,select:focus{outline:3px solid #f4a261;outline-offset:2px}
        table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{padding:.3rem .6rem;border-bottom:1px solid #ccc;text-align:left;vertical-align:top}
        .error{color:#9b1c1c;font-weight:bold}.breached{color:#9b1c1c;font-weight:bold}.muted{color:#555}
        form.search{display:flex;gap:.5rem;flex-wrap:wrap;align-items:end}label{display:block;font-size:.9rem}
        .pager{display:flex;gap:1rem;align-items:center}
        """;

    // Live pages: every few seconds the same address, asking for the main part only; a sign-in that has ended
    // (401) reloads the page, which then shows the sign-in form. No update while the user is typing in the page.
    const string Script = """
        (() => {
          const main = document.getElementById('main');
          const every = main && Number(main.dataset.live);
          if (!every) return;
          setInterval(async () => {
            if (main.contains(document.activeElement) && document.activeElement.matches('input,select,textarea')) return;
            try {
              const answer = await fetch(location.href, { headers: { 'X-Dashboard-Fragment': 'main', 'X-Requested-With': 'XMLHttpRequest' } });
              if (answer.status === 401) { location.reload(); return; }
              if (answer.ok) { main.innerHTML = await answer.text(); main.dispatchEvent(new Event('dashboard:updated')); }
            } catch { }
          }, every);
        })();
        """;
}
