using static AgencyHub.IntegrationTests.Support.Journeys;

namespace AgencyHub.IntegrationTests.Faults;

/// <summary>What the fault tests expect of the prison's feed once each person's selection and reception are through.</summary>
public static class PrisonFeedChecks
{
    /// <summary>Whether every person's selection and reception alert have been read.</summary>
    public static bool HasEverything(IReadOnlyDictionary<long, (Guid DeliveryId, string MessageType, string? PncId)> items, string[] pncIds)
    {
        var seen = items.Values.Select(i => (i.MessageType, i.PncId)).ToHashSet();
        return pncIds.All(p => seen.Contains((PpoSelected, p)) && seen.Contains((ReceptionAlert, p)));
    }

    /// <summary>No delivery is on the feed twice, and each person has exactly one selection and one alert.</summary>
    public static void AssertEachOnce(IReadOnlyDictionary<long, (Guid DeliveryId, string MessageType, string? PncId)> items, string[] pncIds)
    {
        var repeatedDeliveries = items.Values.GroupBy(i => i.DeliveryId).Where(g => g.Count() > 1).ToList();
        Assert.True(repeatedDeliveries.Count == 0, $"{repeatedDeliveries.Count} deliveries are in the feed twice");
        foreach (var type in new[] { PpoSelected, ReceptionAlert })
        {
            var perPerson = items.Values.Where(i => i.MessageType == type).CountBy(i => i.PncId ?? "").ToDictionary();
            var wrong = pncIds.Where(p => perPerson.GetValueOrDefault(p) != 1).ToList();
            Assert.True(wrong.Count == 0, $"{wrong.Count} people do not have exactly one {type} on the prison feed, e.g. {wrong.FirstOrDefault()}");
        }
    }
}
