using AgencyHub.Persistence.Database;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Adapters.Common;

/// <summary>
/// Answers a request the database could not serve with <c>503</c> and <c>Retry-After</c> rather than a bare 500:
/// nothing was stored, and the same request will work once the database is back.
/// </summary>
public sealed class DatabaseUnavailable(ILogger<DatabaseUnavailable> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseFailure.Is(exception)) return false;
        logger.LogError(exception, "The database did not serve {Method} {Path}", http.Request.Method, http.Request.Path);
        await Answer(http);
        return true;
    }

    /// <summary>Writes the <c>503</c> answer.</summary>
    public static Task Answer(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "5";
        return Results.Problem(
            "The hub's database did not answer. Nothing was changed: send the same request again (with the same X-Message-Id for a message).",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "Database unavailable").ExecuteAsync(http);
    }
}
