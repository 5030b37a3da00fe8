using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>
/// Waits for a host to answer <c>GET /health/ready</c> with 200 (what it needs for its work is there), or for an
/// in-process host's every check, its bus's too, to pass.
/// </summary>
public static class Readiness
{
    /// <summary>
    /// Waits until every health check of <paramref name="app"/> passes, the bus's included: an adapter is ready
    /// without its bus, but a test that expects deliveries needs the adapter consuming.
    /// </summary>
    public static async Task WaitUntilHealthy(WebApplication app, string name, TimeSpan timeout)
    {
        var checks = app.Services.GetRequiredService<HealthCheckService>();
        var deadline = DateTime.UtcNow + timeout;
        HealthReport report;
        while ((report = await checks.CheckHealthAsync()).Status != HealthStatus.Healthy)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{name} was not healthy within {timeout}: " +
                    string.Join(", ", report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => $"{e.Key} {e.Value.Status}")));
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>
    /// Polls <paramref name="client"/>'s host until it is ready; <paramref name="stillRunning"/>, when given, throws
    /// at once if the host has died. A host that never gets ready fails with its last answer.
    /// </summary>
    public static async Task WaitUntilReady(HttpClient client, string name, TimeSpan timeout, Action? stillRunning = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            stillRunning?.Invoke();
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) return;
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
                last = exception.Message;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        throw new TimeoutException($"{name} was not ready within {timeout} (last answer: {last}).");
    }
}
