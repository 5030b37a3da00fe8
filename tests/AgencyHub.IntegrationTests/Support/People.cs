using AgencyHub.Contracts.Identity;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>
/// Fresh people for each test. The hosts, the broker and its queues are shared by every test (and may hold
/// messages from earlier runs on a broker given from outside), so each test works with PNC IDs nobody else uses
/// and finds its own feed items by them.
/// </summary>
public static class People
{
    static readonly Lock Gate = new();
    static readonly HashSet<string> Issued = [];

    /// <summary>A valid, canonical PNC ID not issued before in this run, e.g. <c>2011/4839201K</c>.</summary>
    public static string NewPncId()
    {
        lock (Gate)
            while (true)
            {
                var year = Random.Shared.Next(1990, 2026).ToString();
                var serial = Random.Shared.Next(0, 10_000_000).ToString("D7");
                var pncId = $"{year}/{serial}{PncId.CheckCharacter(year, serial)}";
                if (Issued.Add(pncId)) return pncId;
            }
    }

    /// <summary>A well-formed PNC ID whose check character is wrong.</summary>
    public static string WithWrongCheckCharacter(string pncId)
    {
        var wrong = pncId[^1] == 'A' ? 'B' : 'A';
        return pncId[..^1] + wrong;
    }
}
