using AgencyHub.Dashboard.Access;
using AgencyHub.Dashboard.Boards;
using AgencyHub.Dashboard.Cases;
using AgencyHub.Dashboard.Figures;
using AgencyHub.Dashboard.Health;
using AgencyHub.Dashboard.Messages;
using AgencyHub.Dashboard.Operations;
using AgencyHub.Dashboard.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Dashboard;

/// <summary>
/// The operators' dashboard on a host that serves the hub's staff: pages at <c>/</c>, signed in with a staff key
/// (<see cref="StaffSignIn"/>) or through an OpenID Connect provider (<see cref="OpenIdSignIn"/>). The host must also have the agency credentials (<c>AddAgencyCredentials</c>), whose key
/// store and validator the sign-in uses.
/// </summary>
public static class DashboardRegistration
{
    /// <summary>
    /// Adds the sign-in cookie (and the OpenID Connect provider, when <c>Dashboard:OpenIdConnect</c> names one), the
    /// dashboard's policies, antiforgery and what the pages need; with <paramref name="recentMessages"/>, the page of
    /// the messages through this host (one that carries them).
    /// </summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration, bool recentMessages = true)
    {
        services.AddSingleton(new DashboardPages(recentMessages));
        services.AddAuthentication().AddCookie(DashboardAccess.Scheme, StaffSignIn.Configure);
        OpenIdSignIn.Add(services, configuration);
        services.AddAuthorization(DashboardAccess.Add);
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "agencyhub-antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddSingleton<Consultations>();
        services.AddSingleton<ISagaBoardSource, PpoCaseBoard>();
        services.AddSingleton<ISagaBoardSource, ReleaseWarningBoard>();
        services.AddSingleton<ISagaBoardSource, RecallBoard>();
        services.AddSingleton<ISagaBoardSource, AgreementReviewBoard>();
        return services;
    }

    /// <summary>
    /// Maps the pages: <c>/</c> (to the case search), <c>/cases</c>, <c>/people/{id}</c>, <c>/messages</c> (when asked for), <c>/sagas</c>, <c>/deadlines</c>, <c>/figures</c>, <c>/adapters</c>, <c>/held</c> and <c>/failed</c> (whose actions only operators and administrators may post), the sign-in and the assets.
    /// Every page needs a signed-in member of staff; without one it leads to the sign-in form and back.
    /// </summary>
    public static void MapDashboard(this IEndpointRouteBuilder routes)
    {
        var dashboard = routes.MapGroup("").AddEndpointFilter(async (context, next) =>
        {
            DashboardAssets.SecurityHeaders(context.HttpContext);
            return await next(context);
        });
        StaffSignIn.Map(dashboard);
        DashboardAssets.Map(dashboard);
        var pages = dashboard.MapGroup("").RequireAuthorization(DashboardAccess.Look);
        pages.MapGet("/", () => Results.LocalRedirect("/cases"));
        pages.MapGet("/cases", CaseSearch.Page);
        pages.MapGet("/people/{id:guid}", JourneyPage.Page);
        if (routes.ServiceProvider.GetRequiredService<DashboardPages>().RecentMessages)
            pages.MapGet("/messages", RecentMessagesPage.Page);
        pages.MapGet("/sagas", SagaBoardPage.Page);
        pages.MapGet("/deadlines", DeadlineBoardPage.Page);
        pages.MapGet("/held", HeldDeliveriesPage.Page);
        pages.MapGet("/failed", FailedMessagesPage.Page);
        pages.MapGet("/figures", SchemeFiguresPage.Page);
        pages.MapGet("/adapters", AdapterHealthPage.Page);
        var actions = dashboard.MapGroup("").RequireAuthorization(DashboardAccess.Act);
        actions.MapPost("/held/{id:guid}/release", HeldDeliveriesPage.Release);
        actions.MapPost("/failed/{id:guid}/replay", FailedMessagesPage.Replay);
        actions.MapPost("/failed/{id:guid}/discard", FailedMessagesPage.Discard);
        actions.MapPost("/held/{id:guid}/open", MessageBodyPage.Held);
        actions.MapPost("/failed/{id:guid}/open", MessageBodyPage.Failed);
    }
}

/// <summary>Which of the optional pages this host's dashboard has.</summary>
/// <param name="RecentMessages">The page of recent messages: only on a host that carries agency messages.</param>
public sealed record DashboardPages(bool RecentMessages);
