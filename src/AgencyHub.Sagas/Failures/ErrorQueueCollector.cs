using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Failures;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Failures;

/// <summary>
/// Takes each message off one error queue into the failed-message store, before MassTransit would deserialize it:
/// whatever made it fail (an unknown type, an unreadable body) cannot make collecting it fail. The message leaves the
/// queue only once stored; while the database is away it waits, and the collector tries again, backing off. A message
/// the hub's inbox shows applied already (its first handling committed before a later attempt failed) is stored as
/// such, so no replay can apply it twice, however long after the inbox has forgotten it.
/// </summary>
public sealed class ErrorQueueCollector(string queue, FailedMessageStore store, IDbContextFactory<HubDbContext> databases, BrokerUsers users,
    TimeProvider clock, ILogger<ErrorQueueCollector> logger) : IFilter<ReceiveContext>
{
    static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public async Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        var failure = FailedEnvelope.Read(context, queue, users, clock.GetUtcNow());
        var backoff = new Backoff(FirstRetryDelay, MaxRetryDelay, clock);
        while (true)
        {
            try
            {
                await store.Record(failure, await AlreadyApplied(failure.MessageId, context.CancellationToken), context.CancellationToken);
                logger.LogWarning("Failed message {MessageId} ({MessageType}) from {Queue} is waiting for an operator: {Cause}",
                    failure.MessageId, failure.MessageType, queue, failure.Cause);
                return;
            }
            catch (Exception exception) when (!context.CancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not store failed message {MessageId} from {Queue}; will try again in {Delay}",
                    failure.MessageId, queue, backoff.Next);
            }
            await backoff.Wait(context.CancellationToken);
        }
    }

    async Task<bool> AlreadyApplied(Guid messageId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Inbox.AnyAsync(entry => entry.MessageId == messageId && entry.Consumed != null, cancellationToken);
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context.CreateFilterScope("errorQueueCollector");
}
