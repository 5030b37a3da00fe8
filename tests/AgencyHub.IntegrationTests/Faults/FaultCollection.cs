namespace AgencyHub.IntegrationTests.Faults;

/// <summary>
/// Fault tests restart the shared RabbitMQ and PostgreSQL, so they run on their own, after every other collection.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "Faults";
}
