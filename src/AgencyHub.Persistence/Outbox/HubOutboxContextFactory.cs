using System.Data;
using MassTransit;
using MassTransit.Middleware;
using AgencyHub.Persistence.Database;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Outbox;

/// <summary>
/// Runs one received message through MassTransit's outbox filter inside a database transaction: the inbox row is
/// created (on a first delivery) or locked (on a repeat), the consumer or saga works on the same
/// <see cref="HubDbContext"/>, and everything it changed and sent commits together. MassTransit's filter then
/// delivers the stored messages. When this attempt consumed the message, they are delivered from memory right after
/// the commit, and then deleted and the inbox row marked delivered, without a second transaction: no other host can
/// be consuming the same message meanwhile, as the broker gives it to one consumer at a time, and should a
/// redelivery overlap, delivering twice is harmless (every receiver has an inbox). A redelivery of a message
/// consumed earlier delivers what is still stored in locked rounds, each its own transaction, until the inbox row
/// says all were delivered. A crash at any point leaves the message unacknowledged; its redelivery finds the inbox
/// row and carries on where the first attempt stopped.
/// </summary>
public sealed class HubOutboxContextFactory(HubDbContext db, IServiceProvider provider, PersistenceOptions persistence)
    : IOutboxContextFactory<HubDbContext>
{
    /// <inheritdoc />
    public async Task Send<T>(ConsumeContext<T> context, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next) where T : class
    {
        var messageId = context.MessageId ?? throw new MessageException(typeof(T), "The outbox needs a MessageId");
        // A failed round rolls the whole transaction back, so EF's savepoint around each save is a wasted round trip.
        db.Database.AutoSavepointsEnabled = false;
        // A message's first delivery, on its first attempt, is almost always one this endpoint has not seen, so its inbox
        // row is added without looking for it. Should the id be there after all (the same message sent twice), saving
        // the row fails, the round rolls back, and the retry looks the row up and finds the message consumed.
        var seenBefore = context.ReceiveContext.Redelivered || context.GetRetryAttempt() > 0;
        var continueProcessing = true;
        HubOutboxConsumeContext<T>? consumedNow = null;
        while (continueProcessing)
        {
            // A failed round leaves tracked entities behind; the next round (or retry) starts from the database.
            db.ChangeTracker.Clear();
            if (consumedNow is not null)
            {
                var delivery = new HubOutboxConsumeContext<T>(context, options, provider, db, consumedNow.Inbox, consumedNow.Stored);
                await next.Send(delivery);
                continueProcessing = delivery.ContinueProcessing;
                continue;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, context.CancellationToken);
            try
            {
                var inbox = seenBefore ? await LockInbox(messageId, options.ConsumerId, context.CancellationToken) : null;
                seenBefore = true;
                if (inbox is null)
                {
                    inbox = new InboxEntry { MessageId = messageId, ConsumerId = options.ConsumerId, Received = DateTime.UtcNow };
                    db.Inbox.Add(inbox);
                }
                inbox.ReceiveCount++;
                var consumedBefore = inbox.Consumed.HasValue;
                var outboxContext = new HubOutboxConsumeContext<T>(context, options, provider, db, inbox);
                await next.Send(outboxContext);
                await db.SaveChangesAsync(context.CancellationToken);
                if (await outboxContext.Committing()) await db.SaveChangesAsync(context.CancellationToken);
                await transaction.CommitAsync(context.CancellationToken);
                outboxContext.Committed();
                continueProcessing = outboxContext.ContinueProcessing;
                if (!consumedBefore && inbox.Consumed.HasValue) consumedNow = outboxContext;
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                throw;
            }
        }
    }

    // PostgreSQL: a row lock, so two hosts given the same message take turns. SQLite: its write transactions are
    // already serialised (BEGIN IMMEDIATE).
    Task<InboxEntry?> LockInbox(Guid messageId, Guid consumerId, CancellationToken cancellationToken) =>
        persistence.Provider == DatabaseProvider.Postgres
            ? db.Inbox.FromSqlInterpolated(
                    $"SELECT * FROM inbox WHERE message_id = {messageId} AND consumer_id = {consumerId} FOR UPDATE")
                .AsTracking().SingleOrDefaultAsync(cancellationToken)
            : db.Inbox.AsTracking().SingleOrDefaultAsync(e => e.MessageId == messageId && e.ConsumerId == consumerId, cancellationToken);

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context.CreateFilterScope("outboxContextFactory").Add("provider", "agencyhub-ef-core");
}
