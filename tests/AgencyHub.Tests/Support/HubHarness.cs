using System.Text.Json;
using AgencyHub.Adapters.Common.Feeds;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Journal;
using AgencyHub.Messaging.Transport;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Host;
using AgencyHub.Sagas;
using AgencyHub.Sagas.Intake;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Database;
using Microsoft.EntityFrameworkCore;
using AgencyHub.Sagas.Cases;
using AgencyHub.Sagas.Sharing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AgencyHub.Tests.Support;

/// <summary>
/// The hub's rules and every agency's feed on MassTransit's test harness (in-memory transport). A post returns
/// once every hub endpoint has finished with the message and every delivery it caused is in its feed. Started at a
/// given moment, the hub runs on a test clock that <see cref="Advance"/> moves, firing the deadlines that fall due.
/// </summary>
public sealed class HubHarness : IAsyncDisposable
{
    readonly ServiceProvider _provider;

    readonly ReceiveTracker _tracker = new();

    HubHarness(ServiceProvider provider)
    {
        _provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
    }

    public ITestHarness Harness { get; }

    public MessageJournal Journal => _provider.GetRequiredService<MessageJournal>();

    /// <summary>The hub's services, for what a test does as an administrator would.</summary>
    public IServiceProvider Services => _provider;

    /// <summary>The hub's clock, when started at a given moment.</summary>
    public FakeTimeProvider Clock => _provider.GetRequiredService<TimeProvider>() as FakeTimeProvider
        ?? throw new InvalidOperationException("Start the harness at a given moment to move its clock");

    public static async Task<HubHarness> Start(IDictionary<string, string?>? settings = null, DateTimeOffset? now = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Persistence:ConnectionString"] = TestDatabase.NewSqliteFile(),
            ["Sharing:SeedAgreements"] = "true",
            // Deadline tests run the clock years ahead: the seeds stay in force meanwhile.
            ["Sharing:SeedReviewMonths"] = "120",
            // Tests that move the clock run the housekeeping themselves, once, when they mean to.
            ["Persistence:HousekeepingInterval"] = "36500.00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(now is { } start ? new FakeTimeProvider(start) : TimeProvider.System);
        services.AddSingleton<ManualScheduler>();
        services.AddAllInOne(configuration, (s, c, register, endpoints) => BusRegistration.AddAgencyHubTestBus(s, c,
            bus =>
            {
                register(bus);
                bus.AddConsumer<ManualScheduler.Endpoint>();
            },
            (context, cfg) =>
            {
                endpoints(context, cfg);
                cfg.ReceiveEndpoint(SchedulerQueue.Name, endpoint => endpoint.ConfigureConsumer<ManualScheduler.Endpoint>(context));
            }));
        var harness = new HubHarness(services.BuildServiceProvider(validateScopes: true));
        await harness._provider.GetRequiredService<SchemaMigration>().Apply(CancellationToken.None);
        await harness._provider.GetRequiredService<AgreementSeeds>().Apply(CancellationToken.None);
        await harness.Harness.Start();
        harness.Harness.Bus.ConnectReceiveObserver(harness._tracker);
        harness.Harness.Bus.ConnectSendObserver(harness._tracker);
        return harness;
    }

    /// <summary>Publishes a message as its adapter would, then waits for everything it causes.</summary>
    public async Task<Guid> Post(object message, Agency sender, Guid? messageId = null)
    {
        var id = messageId ?? NewId.NextGuid();
        var conversation = NewId.NextGuid();
        await Publish(message, sender, id, conversation);
        await _tracker.WaitForQuiet(conversation);
        return id;
    }

    /// <summary>Publishes the messages at once, in this order, as their adapters would, then waits for all they cause.</summary>
    public async Task PostTogether(params (object Message, Agency Sender)[] messages)
    {
        var conversation = NewId.NextGuid();
        await Task.WhenAll(messages.Select(m => Publish(m.Message, m.Sender, NewId.NextGuid(), conversation)));
        await _tracker.WaitForQuiet(conversation);
    }

    Task Publish(object message, Agency sender, Guid id, Guid conversation)
    {
        _tracker.Expect(conversation, id, HubEndpointsConsuming(message.GetType()));
        return Harness.Bus.Publish(message, message.GetType(), context =>
        {
            context.MessageId = id;
            context.ConversationId = conversation;
            context.Headers.Set(HubHeaders.Sender, sender.Slug());
        });
    }

    /// <summary>Moves the clock on by <paramref name="time"/>, then sends every deadline due and waits for all it causes.</summary>
    public async Task Advance(TimeSpan time)
    {
        Clock.Advance(time);
        await _provider.GetRequiredService<ManualScheduler>().SendDue();
        await _tracker.WaitForAllQuiet();
    }

    /// <summary>Sends a hub-internal <paramref name="command"/> to <paramref name="queue"/>, then waits for everything it causes.</summary>
    public async Task Send(object command, string queue)
    {
        var id = NewId.NextGuid();
        var conversation = NewId.NextGuid();
        // The tracker, a send observer, expects the one receive as it is sent.
        var endpoint = await Harness.Bus.GetSendEndpoint(new Uri($"queue:{queue}"));
        await endpoint.Send(command, command.GetType(), context =>
        {
            context.MessageId = id;
            context.ConversationId = conversation;
        });
        await _tracker.WaitForQuiet(conversation);
    }

    /// <summary>Moves the clock on to <paramref name="moment"/>, firing what falls due on the way.</summary>
    public Task AdvanceTo(DateTimeOffset moment) => Advance(moment - Clock.GetUtcNow());

    /// <summary>
    /// What the gate has delivered so far, from the journal: one entry each time a consumer delivered something,
    /// so a consumer that ran twice shows twice even where the feed would hide the repeat.
    /// </summary>
    public IReadOnlyList<JournalEntry> Deliveries =>
        Journal.Recent(MessageJournal.Capacity).Where(e => e.Kind == JournalEntryKind.Delivered).ToList();

    /// <summary>Every agency's feed items caused by the message <paramref name="sourceMessageId"/>.</summary>
    public async Task<IReadOnlyList<FeedItem>> CausedBy(Guid sourceMessageId)
    {
        var items = new List<FeedItem>();
        foreach (var agency in AgencyNames.Partners) items.AddRange(await Feed(agency));
        return items.Where(item => item.SourceMessageId == sourceMessageId).ToList();
    }

    static int HubEndpointsConsuming(Type messageType) => HubIntake.Types.Contains(messageType) ? 1 : 0;

    public async Task<IReadOnlyList<FeedItem>> Feed(Agency agency) =>
        (await _provider.GetRequiredService<AgencyFeeds>().For(agency).Read(null, 1000, reader: null, CancellationToken.None)).Items;

    /// <summary>The payloads of <typeparamref name="T"/> in an agency's feed, as JSON: a recipient's copy may lack fields.</summary>
    public async Task<IReadOnlyList<JsonElement>> Payloads<T>(Agency agency) where T : class
    {
        var name = MessageCatalogue.For<T>().Name;
        return (await Feed(agency)).Where(i => i.MessageType == name).Select(i => i.Payload).ToList();
    }

    /// <summary>The payloads of type <typeparamref name="T"/> in an agency's feed, for recipients that get every field.</summary>
    public async Task<IReadOnlyList<T>> Received<T>(Agency agency) where T : class
    {
        var name = MessageCatalogue.For<T>().Name;
        return (await Feed(agency)).Where(i => i.MessageType == name)
            .Select(i => i.Payload.Deserialize<T>(ContractJson.Options)!)
            .ToList();
    }

    /// <summary>Reads the hub's database.</summary>
    public async Task<T> Query<T>(Func<HubDbContext, Task<T>> query)
    {
        await using var db = await _provider.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();
}
