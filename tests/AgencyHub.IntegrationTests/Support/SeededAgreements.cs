namespace AgencyHub.IntegrationTests.Support;

/// <summary>
/// The orchestrator's settings that put the seed data-sharing agreements in force on start, as the all-in-one host does:
/// without agreements the gate would hold every delivery. Adapters ignore them.
/// </summary>
public static class SeededAgreements
{
    /// <summary>Seeding on, for review far beyond any clock a test moves.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Sharing:SeedAgreements"] = "true",
        ["Sharing:SeedReviewMonths"] = "120",
    };
}
