using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace AgencyHub.Adapters.Common.Credentials;

/// <summary>
/// A token bucket per client (<see cref="RateLimitOptions"/>): an authenticated agency system by its credential, anyone
/// else by address, so guessing keys is slowed as well. Over the limit: <c>429</c> with <c>Retry-After</c>.
/// </summary>
public static class ClientRateLimit
{
    /// <summary>Sets the limiter up on <paramref name="limiter"/>.</summary>
    public static void Configure(RateLimiterOptions limiter, RateLimitOptions options)
    {
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetTokenBucketLimiter(
            ClientOf(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.Burst,
                TokensPerPeriod = options.PermitsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (rejected, cancellationToken) =>
        {
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await Results.Problem($"This client has made more than {options.PermitsPerSecond} requests a second: try again in {seconds} s.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests").ExecuteAsync(rejected.HttpContext);
        };
    }

    static string ClientOf(HttpContext context) =>
        context.User.FindFirst(AgencySystemClaims.Credential)?.Value ?? $"address:{context.Connection.RemoteIpAddress}";
}
