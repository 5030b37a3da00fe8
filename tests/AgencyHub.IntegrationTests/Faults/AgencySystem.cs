using System.Net.Http.Headers;

namespace AgencyHub.IntegrationTests.Faults;

/// <summary>An agency system's connection to its adapter process: the adapter's address and the system's API key.</summary>
static class AgencySystem
{
    public static HttpClient Client(Uri adapter, string key) => new()
    {
        BaseAddress = adapter,
        Timeout = TimeSpan.FromSeconds(10),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", key) },
    };
}
