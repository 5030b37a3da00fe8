using System.Net;
using System.Text.Json.Nodes;
using AgencyHub.IntegrationTests.Support;
using static AgencyHub.IntegrationTests.Support.Journeys;

namespace AgencyHub.IntegrationTests.Faults;

/// <summary>
/// The police and prison systems posting, as the README asks agencies to: each message has its own X-Message-Id,
/// and a post that is not answered 202 (adapter down, database restarting, rate limit) is posted again with the same
/// id until it is. With several replicas of an adapter, posts are spread over them as a load balancer would, and a
/// post one replica does not accept is posted again to the next.
/// </summary>
public sealed class AgencySystemPosts
{
    const int PeopleInFlight = 4;
    static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    int _accepted;
    int _retries;

    /// <summary>Posts that had to be repeated.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>
    /// For each person, a selection to the police adapter and a reception to a replica of the prison adapter (each in
    /// turn), at the same moment.
    /// </summary>
    public async Task PostAll(IReadOnlyList<string> pncIds, (Uri Address, string Key) police, IReadOnlyList<(Uri Address, string Key)> prisons)
    {
        using var policeHttp = AgencySystem.Client(police.Address, police.Key);
        var prisonHttp = prisons.Select(prison => AgencySystem.Client(prison.Address, prison.Key)).ToArray();
        try
        {
            await Parallel.ForEachAsync(pncIds.Select((pncId, index) => (pncId, index)), new ParallelOptions { MaxDegreeOfParallelism = PeopleInFlight },
                async (person, _) => await Task.WhenAll(
                    PostUntilAccepted([policeHttp], 0, PpoSelected, Bodies.PpoSelected(person.pncId)),
                    PostUntilAccepted(prisonHttp, person.index, Reception, Bodies.Reception(person.pncId))));
        }
        finally
        {
            foreach (var http in prisonHttp) http.Dispose();
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> posts have been accepted.</summary>
    public async Task WaitUntilAccepted(int count)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        while (Volatile.Read(ref _accepted) < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Only {_accepted} of {count} posts were accepted within {GiveUpAfter}");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    async Task PostUntilAccepted(HttpClient[] replicas, int first, string type, JsonObject body)
    {
        var messageId = Guid.NewGuid();
        var deadline = DateTime.UtcNow + GiveUpAfter;
        for (var attempt = first; ; attempt++)
        {
            try
            {
                using var response = await replicas[attempt % replicas.Length].PostMessage(type, body, messageId);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    Interlocked.Increment(ref _accepted);
                    return;
                }
                if ((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
                    throw new InvalidOperationException($"POST {type} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // The adapter is down or restarting.
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"POST {type} {messageId} was not accepted within {GiveUpAfter}");
            Interlocked.Increment(ref _retries);
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
