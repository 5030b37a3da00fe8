using AgencyHub.Persistence.Database;
using AgencyHub.Persistence.Ingress;
using AgencyHub.Persistence.Housekeeping;
using AgencyHub.Persistence.Outbox;
using AgencyHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Tests.Ingress;

/// <summary>Where the ingress API keeps what it has accepted until the relay has published it.</summary>
public sealed class AcceptedMessageStoreTests : IAsyncLifetime
{
    ServiceProvider _database = null!;
    AcceptedMessageStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.NewMigrated();
        _store = _database.GetRequiredService<AcceptedMessageStore>();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    static AcceptedMessage Message(string agency = "police", Guid? id = null, string body = """{"a":1}""") => new()
    {
        MessageId = id ?? Guid.NewGuid(),
        Agency = agency,
        MessageType = "ppo-selected",
        Body = body,
        AcceptedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public async Task A_repost_of_a_waiting_message_is_recognised_and_a_different_message_under_its_id_is_refused()
    {
        var id = Guid.NewGuid();
        Assert.Equal(AcceptOutcome.Accepted, await _store.Accept(Message(id: id), null, CancellationToken.None));
        Assert.Equal(AcceptOutcome.AlreadyAccepted, await _store.Accept(Message(id: id), null, CancellationToken.None));
        Assert.Equal(AcceptOutcome.IdTaken, await _store.Accept(Message(id: id, body: """{"a":2}"""), null, CancellationToken.None));
        Assert.Single(await _store.Waiting("police", 10, CancellationToken.None));
    }

    [Fact]
    public async Task Each_agency_s_messages_wait_in_acceptance_order_until_removed()
    {
        var first = Message();
        var other = Message(agency: "prison");
        var second = Message();
        foreach (var message in new[] { first, other, second })
            await _store.Accept(message, null, CancellationToken.None);

        var waiting = await _store.Waiting("police", 10, CancellationToken.None);
        Assert.Equal([first.MessageId, second.MessageId], waiting.Select(m => m.MessageId).ToArray());

        await _store.Remove([waiting[0].Sequence], CancellationToken.None);
        Assert.Equal([second.MessageId], (await _store.Waiting("police", 10, CancellationToken.None)).Select(m => m.MessageId).ToArray());
        Assert.Equal([other.MessageId], (await _store.Waiting("prison", 10, CancellationToken.None)).Select(m => m.MessageId).ToArray());
    }

    [Fact]
    public async Task After_publishing_the_same_id_is_still_recognised_and_a_different_body_under_it_still_refused()
    {
        var id = Guid.NewGuid();
        await _store.Accept(Message(id: id), null, CancellationToken.None);
        await _store.Remove([(await _store.Waiting("police", 1, CancellationToken.None))[0].Sequence], CancellationToken.None);

        Assert.Equal(AcceptOutcome.AlreadyAccepted, await _store.Accept(Message(id: id), null, CancellationToken.None));
        Assert.Equal(AcceptOutcome.IdTaken, await _store.Accept(Message(id: id, body: """{"a":2}"""), null, CancellationToken.None));
        Assert.Empty(await _store.Waiting("police", 10, CancellationToken.None));
    }

    [Fact]
    public async Task An_id_is_forgotten_once_the_inbox_retention_has_passed()
    {
        var id = Guid.NewGuid();
        await _store.Accept(Message(id: id), null, CancellationToken.None);
        var clock = new FixedClock(DateTimeOffset.UnixEpoch + _database.GetRequiredService<PersistenceOptions>().InboxRetention + TimeSpan.FromSeconds(1));
        var cleanup = ActivatorUtilities.CreateInstance<IngressIdCleanup>(_database, (TimeProvider)clock);

        Assert.Equal(1, await cleanup.Run(CancellationToken.None));
        await _store.Remove([(await _store.Waiting("police", 1, CancellationToken.None))[0].Sequence], CancellationToken.None);
        Assert.Equal(AcceptOutcome.Accepted, await _store.Accept(Message(id: id, body: """{"a":2}"""), null, CancellationToken.None));
    }
}
