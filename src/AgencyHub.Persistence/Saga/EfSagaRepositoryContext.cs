using MassTransit;
using MassTransit.Context;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Saga;

/// <summary>
/// Loads and stores saga instances for one received message, on the <see cref="HubDbContext"/> whose transaction
/// the message is consumed in. Changes are only staged here: whoever owns the transaction saves them once, with the
/// inbox row and the outbox messages, just before it commits. Every update bumps <see cref="ISagaVersion.Version"/>,
/// which EF Core checks: if another host changed the instance since it was loaded, saving throws and the message is
/// retried on fresh state.
/// </summary>
public sealed class EfSagaRepositoryContext<TSaga, TMessage> : ConsumeContextScope<TMessage>, SagaRepositoryContext<TSaga, TMessage>
    where TSaga : class, ISaga, ISagaVersion
    where TMessage : class
{
    static readonly SagaConsumeContexts<TSaga> Contexts = new();

    // Compiled once: every message loads an instance, and EF's per-query translation lookup is a large part of the cost.
    // The instance's own row only: collections a saga appends to (a case's timeline) are not read with it, so an event
    // costs the same however long the journey behind it.
    static readonly Func<HubDbContext, Guid, CancellationToken, Task<TSaga?>> LoadById = EF.CompileAsyncQuery(
        (HubDbContext db, Guid correlationId, CancellationToken _) => db.Set<TSaga>().AsTracking().SingleOrDefault(s => s.CorrelationId == correlationId));
    readonly HubDbContext _db;
    readonly ConsumeContext<TMessage> _received;

    /// <summary>Works on <paramref name="db"/> for the message in <paramref name="received"/>.</summary>
    public EfSagaRepositoryContext(HubDbContext db, ConsumeContext<TMessage> received) : base(received, db)
    {
        _db = db;
        _received = received;
    }

    /// <inheritdoc />
    public Task<SagaConsumeContext<TSaga, TMessage>> Add(TSaga instance) => CreateSagaConsumeContext(_received, instance, SagaConsumeContextMode.Add);

    /// <inheritdoc />
    public async Task<SagaConsumeContext<TSaga, TMessage>> Insert(TSaga instance)
    {
        var entry = _db.Set<TSaga>().Add(instance);
        try
        {
            await _db.SaveChangesAsync(CancellationToken);
            return await CreateSagaConsumeContext(_received, instance, SagaConsumeContextMode.Insert);
        }
        catch (DbUpdateException)
        {
            // Already there (another message created it first): MassTransit goes on to load it instead.
            entry.State = EntityState.Detached;
            return null!;
        }
    }

    /// <inheritdoc />
    public async Task<SagaConsumeContext<TSaga, TMessage>> Load(Guid correlationId)
    {
        var instance = await LoadById(_db, correlationId, CancellationToken);
        return instance is null ? null! : await CreateSagaConsumeContext(_received, instance, SagaConsumeContextMode.Load);
    }

    /// <inheritdoc />
    public Task Save(SagaConsumeContext<TSaga> sagaContext)
    {
        sagaContext.Saga.Version = 1;
        _db.Set<TSaga>().Add(sagaContext.Saga);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task Update(SagaConsumeContext<TSaga> sagaContext)
    {
        sagaContext.Saga.Version++;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task Delete(SagaConsumeContext<TSaga> sagaContext)
    {
        _db.Set<TSaga>().Remove(sagaContext.Saga);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task Discard(SagaConsumeContext<TSaga> sagaContext) => Task.CompletedTask;

    /// <inheritdoc />
    public Task Undo(SagaConsumeContext<TSaga> sagaContext)
    {
        var entry = _db.ChangeTracker.Entries<TSaga>().FirstOrDefault(e => e.Entity.CorrelationId == sagaContext.Saga.CorrelationId);
        entry?.Reload();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<SagaConsumeContext<TSaga, T>> CreateSagaConsumeContext<T>(ConsumeContext<T> consumeContext, TSaga instance, SagaConsumeContextMode mode)
        where T : class =>
        Contexts.CreateSagaConsumeContext(_db, consumeContext, instance, mode);
}
