using System.Net;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>Waits for a host to answer <c>GET /health/ready</c> with 200: its bus is connected and its endpoints are up.</summary>
public static class Readiness
{
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
