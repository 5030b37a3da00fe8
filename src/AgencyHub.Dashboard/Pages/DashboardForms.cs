using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace AgencyHub.Dashboard.Pages;

/// <summary>
/// Every form of the dashboard carries an antiforgery token, checked before anything is done, so another site's page
/// cannot make a signed-in operator's browser act (the cookie is also never sent cross-site).
/// </summary>
public static class DashboardForms
{
    /// <summary>The hidden field of a form posted back to this site.</summary>
    public static string Token(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{Html.Encode(tokens.FormFieldName)}\" value=\"{Html.Encode(tokens.RequestToken ?? "")}\">";
    }

    /// <summary>Whether the posted form's token is good.</summary>
    public static async Task<bool> Valid(HttpContext http, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    /// <summary>The answer to a form whose token is missing or stale: 400, and the page to start again from.</summary>
    public static IResult Expired(HttpContext http, IAntiforgery antiforgery) => DashboardLayout.Page(http, antiforgery, "Form expired",
        "<p>This form had expired or did not come from the dashboard. Go back, reload the page and send it again.</p>",
        StatusCodes.Status400BadRequest);
}
