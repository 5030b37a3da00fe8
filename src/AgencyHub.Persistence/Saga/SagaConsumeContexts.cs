using MassTransit;
using MassTransit.Context;
using MassTransit.Saga;

namespace AgencyHub.Persistence.Saga;

/// <summary>Pairs a received message with the saga instance it is applied to.</summary>
public sealed class SagaConsumeContexts<TSaga> : ISagaConsumeContextFactory<HubDbContext, TSaga> where TSaga : class, ISaga
{
    /// <inheritdoc />
    public Task<SagaConsumeContext<TSaga, T>> CreateSagaConsumeContext<T>(HubDbContext db, ConsumeContext<T> consumeContext, TSaga instance,
        SagaConsumeContextMode mode) where T : class =>
        Task.FromResult<SagaConsumeContext<TSaga, T>>(new DefaultSagaConsumeContext<TSaga, T>(consumeContext, instance));
}
