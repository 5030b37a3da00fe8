namespace AgencyHub.IntegrationTests.Support;

/// <summary>
/// Every integration test shares one hub on one broker, with fixed queue names, so they all belong to this one
/// collection: its tests run one after another, and each uses people of its own (<see cref="People"/>).
/// </summary>
[CollectionDefinition(Name)]
public sealed class HubCollection : ICollectionFixture<HubOnRabbitMq>
{
    public const string Name = "Hub on RabbitMQ";
}
