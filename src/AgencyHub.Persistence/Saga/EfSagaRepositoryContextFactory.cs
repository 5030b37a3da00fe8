using System.Data;
using AgencyHub.Persistence.Outbox;
using MassTransit;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Saga;

/// <summary>
/// MassTransit's entry to the EF Core saga repository. Inside the outbox (the normal case) it works in the
/// outbox's transaction, so state, sent messages and the inbox record commit together; without it, it opens a
/// context and transaction of its own.
/// </summary>
public sealed class EfSagaRepositoryContextFactory<TSaga>(IDbContextFactory<HubDbContext> contexts) : ISagaRepositoryContextFactory<TSaga>
    where TSaga : class, ISaga, ISagaVersion
{
    /// <inheritdoc />
    public Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next) where T : class =>
        InTransaction(context, db => next.Send(new EfSagaRepositoryContext<TSaga, T>(db, context)));

    /// <inheritdoc />
    public Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class =>
        InTransaction(context, async db =>
        {
            var instances = await db.Set<TSaga>().AsTracking().Where(query.FilterExpression).ToListAsync(context.CancellationToken);
            var repository = new EfSagaRepositoryContext<TSaga, T>(db, context);
            await next.Send(new LoadedSagaRepositoryQueryContext<TSaga, T>(repository, instances));
        });

    async Task InTransaction<T>(ConsumeContext<T> context, Func<HubDbContext, Task> work) where T : class
    {
        if (context.TryGetPayload<IHubTransaction>(out var transaction))
        {
            await work(transaction.Db);
            return;
        }
        await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
        await using var own = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, context.CancellationToken);
        await work(db);
        await db.SaveChangesAsync(context.CancellationToken);
        await own.CommitAsync(context.CancellationToken);
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context.Add("persistence", "agencyhub-ef-core");
}
