using MassTransit;
using MassTransit.Configuration;

namespace AgencyHub.Persistence.Saga;

/// <summary>Chooses the hub's EF Core repository for a saga.</summary>
public static class SagaRepositoryRegistration
{
    /// <summary>Stores <typeparamref name="TSaga"/> in <see cref="HubDbContext"/> with optimistic concurrency.</summary>
    public static ISagaRegistrationConfigurator<TSaga> HubRepository<TSaga>(this ISagaRegistrationConfigurator<TSaga> saga)
        where TSaga : class, ISaga, ISagaVersion
    {
        saga.Repository(repository => repository.RegisterSagaRepository<TSaga, HubDbContext, SagaConsumeContexts<TSaga>,
            EfSagaRepositoryContextFactory<TSaga>>());
        return saga;
    }
}
