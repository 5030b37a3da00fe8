using MassTransit;
using MassTransit.Middleware;
using MassTransit.Context;
using MassTransit.Middleware.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Outbox;

/// <summary>
/// The consume context a consumer or saga sees inside the outbox: what it sends or publishes is added to the
/// outbox table in the open transaction instead of going to the broker, and the inbox row records progress.
/// Created with <paramref name="committed"/>, it delivers those messages, which this process stored and committed a
/// moment ago, straight from memory, with no transaction: see <see cref="HubOutboxContextFactory"/>.
/// </summary>
public sealed class HubOutboxConsumeContext<TMessage>(
    ConsumeContext<TMessage> context, OutboxConsumeOptions options, IServiceProvider provider, HubDbContext db, InboxEntry inbox,
    IReadOnlyList<OutboxEntry>? committed = null)
    : OutboxConsumeContextProxy<TMessage>(context, options, provider), IHubTransaction
    where TMessage : class
{
    readonly List<Action> _afterCommit = [];
    readonly List<Func<CancellationToken, Task>> _beforeCommit = [];
    readonly List<OutboxEntry> _stored = [];
    long _sequence;

    /// <summary>The messages stored in this round, in the order they were sent.</summary>
    public IReadOnlyList<OutboxEntry> Stored => _stored;

    /// <summary>The inbox row this round worked on.</summary>
    public InboxEntry Inbox => inbox;

    /// <inheritdoc />
    public HubDbContext Db => db;

    /// <inheritdoc />
    public void AfterCommit(Action action)
    {
        lock (_afterCommit) _afterCommit.Add(action);
    }

    /// <inheritdoc />
    public void BeforeCommit(Func<CancellationToken, Task> work)
    {
        lock (_beforeCommit) _beforeCommit.Add(work);
    }

    /// <summary>Runs what was asked to run just before the commit; false when there was nothing.</summary>
    public async Task<bool> Committing()
    {
        foreach (var work in _beforeCommit) await work(CancellationToken);
        return _beforeCommit.Count > 0;
    }

    /// <summary>Runs what was asked to run after the commit.</summary>
    public void Committed()
    {
        lock (_afterCommit) _afterCommit.ForEach(action => action());
    }

    /// <inheritdoc />
    public override Guid? MessageId => inbox.MessageId;


    /// <inheritdoc />
    public override bool ContinueProcessing { get; set; } = true;

    /// <inheritdoc />
    public override bool IsMessageConsumed => inbox.Consumed.HasValue;

    /// <inheritdoc />
    public override bool IsOutboxDelivered => inbox.Delivered.HasValue;

    /// <inheritdoc />
    public override int ReceiveCount => inbox.ReceiveCount;

    /// <inheritdoc />
    public override long? LastSequenceNumber => inbox.LastSequenceNumber;

    // MassTransit's outbox takes three rounds, each its own transaction: consume, deliver what was sent, remove
    // the delivered messages. Shortcuts save round trips on every message: a consumer that sent nothing is done in
    // the first round, and the delivering round removes what it delivered. In a transaction the factory saves and
    // commits the round, so marking the inbox row is enough; delivering from memory, there is no transaction, so the
    // marks are written at once.

    /// <inheritdoc />
    public override Task SetConsumed()
    {
        inbox.Consumed = DateTime.UtcNow;
        if (Interlocked.Read(ref _sequence) == 0) Finish();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async Task SetDelivered()
    {
        Finish();
        if (committed is null)
        {
            await RemoveOutboxMessages();
            return;
        }
        // Outside a transaction: both statements in one command, one round trip (a batch on PostgreSQL).
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM outbox WHERE inbox_message_id = {inbox.MessageId} AND inbox_consumer_id = {inbox.ConsumerId};
            UPDATE inbox SET delivered = {inbox.Delivered}, last_sequence_number = {inbox.LastSequenceNumber}
            WHERE message_id = {inbox.MessageId} AND consumer_id = {inbox.ConsumerId}
            """, CancellationToken);
    }

    void Finish()
    {
        inbox.Delivered = DateTime.UtcNow;
        ContinueProcessing = false;
    }

    /// <inheritdoc />
    public override async Task<List<OutboxMessageContext>> LoadOutboxMessages()
    {
        var after = inbox.LastSequenceNumber ?? 0;
        var entries = committed is not null
            ? [.. committed.Where(e => e.SequenceNumber > after).OrderBy(e => e.SequenceNumber).Take(Options.MessageDeliveryLimit + 1)]
            : await db.Outbox.AsNoTracking()
                .Where(e => e.InboxMessageId == inbox.MessageId && e.InboxConsumerId == ConsumerId && e.SequenceNumber > after)
                .OrderBy(e => e.SequenceNumber)
                .Take(Options.MessageDeliveryLimit + 1)
                .ToListAsync(CancellationToken);
        foreach (var entry in entries)
            entry.Deserialize(SerializerContext);
        return [.. entries];
    }

    /// <inheritdoc />
    public override Task NotifyOutboxMessageDelivered(OutboxMessageContext message)
    {
        inbox.LastSequenceNumber = message.SequenceNumber;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task RemoveOutboxMessages() =>
        db.Outbox.Where(e => e.InboxMessageId == inbox.MessageId && e.InboxConsumerId == ConsumerId).ExecuteDeleteAsync(CancellationToken);

    /// <inheritdoc />
    public override Task AddSend<T>(SendContext<T> send)
    {
        var messageId = send.MessageId ?? throw new MessageException(typeof(T), "An outbox message needs a MessageId");
        var now = DateTime.UtcNow;
        var entry = new OutboxEntry
        {
            InboxMessageId = inbox.MessageId,
            InboxConsumerId = ConsumerId,
            SequenceNumber = Interlocked.Increment(ref _sequence),
            MessageId = messageId,
            ConversationId = send.ConversationId,
            CorrelationId = send.CorrelationId,
            InitiatorId = send.InitiatorId,
            RequestId = send.RequestId,
            SourceAddress = send.SourceAddress,
            DestinationAddress = send.DestinationAddress,
            ResponseAddress = send.ResponseAddress,
            FaultAddress = send.FaultAddress,
            SentTime = send.SentTime ?? now,
            ContentType = send.ContentType?.ToString() ?? send.Serialization.DefaultContentType.ToString(),
            MessageType = string.Join(";", send.SupportedMessageTypes),
            Body = send.Serializer.GetMessageBody(send).GetString(),
            ExpirationTime = send.TimeToLive is { } ttl ? now + ttl : null,
            EnqueueTime = send.Delay is { } delay ? now + delay : null,
            Headers = SerializerContext.SerializeDictionary(send.Headers.GetAll()),
        };
        if (send is TransportSendContext<T> transport)
        {
            var properties = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            transport.WritePropertiesTo(properties);
            entry.Properties = SerializerContext.SerializeDictionary(properties);
        }
        lock (db)
        {
            db.Outbox.Add(entry);
            _stored.Add(entry);
        }
        return Task.CompletedTask;
    }
}
