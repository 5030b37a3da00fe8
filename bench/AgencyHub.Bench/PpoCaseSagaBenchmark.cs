using System.Diagnostics;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Selection;
using AgencyHub.Messaging.Transport;
using AgencyHub.Orchestrator;
using AgencyHub.Persistence;
using AgencyHub.Sagas;
using AgencyHub.Sagas.Cases;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Bench;

/// <summary>
/// (d) The PPO case saga on PostgreSQL: the orchestrator in process, and agency messages published straight to the hub's
/// intake by a bus of the bench's own, as the adapters publish them (the whole path, adapters' ingress and feed included,
/// is (c)). The intake applies each to the person's case in its own transaction (the register, the case and its release
/// warning, the deliveries it causes). Each is timed from its publish until the intake has committed it and delivered
/// what it caused (<see cref="SagaEventObserver"/>). The people are selected first, through the hub as police would; then each
/// person's events alternate reception (which alerts the prison) and release, so every event moves its case, and every
/// <see cref="BenchSettings.RaceEvery"/>-th event is followed at once by a selection update for the same person, which
/// races it for the case (optimistic concurrency: one of the two is retried). A warm-up at the saga rate lets the
/// runtime finish compiling the hot paths first: the figure is the sustained rate of a running hub. Then once at
/// <see cref="BenchSettings.SagaRate"/>, once as fast as <see cref="BenchSettings.HubConcurrency"/> sends in flight
/// allow.
/// </summary>
public sealed class PpoCaseSagaBenchmark(Broker broker, string database, BenchSettings settings)
{
    readonly HubHosts _hosts = new(broker, database, settings, QuietLogs);
    readonly SagaEventObserver _observer = new();
    readonly string[] _pncIds = PpoMessages.NewPncIds(Math.Clamp(settings.Messages / 2, 50, 5000));
    bool[] _inCustody = [];
    int _nextPerson;

    /// <summary>
    /// The races fail saves and are retried by design, and a new database fails EF Core's first migrations query: the
    /// bench counts failed saves itself, so their stack traces stay out of its output. Faults still show.
    /// </summary>
    static readonly Dictionary<string, string?> QuietLogs = new()
    {
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Update"] = "Critical",
        ["Logging:LogLevel:MassTransit.ReceiveTransport"] = "Error",
    };

    static readonly TimeSpan BacklogTimeout = TimeSpan.FromMinutes(10);

    /// <summary>One agency message of the script: whom it is about, what, and its id.</summary>
    sealed record CaseMessage(int Person, object Message, Guid MessageId);

    public async Task<(LatencyStats AtRate, LatencyStats Max)> Run()
    {
        await _hosts.PurgeQueues();
        await _hosts.Migrate();
        var orchestrator = OrchestratorHost.Create([], _hosts.ConfigureOrchestrator);
        orchestrator.Services.GetRequiredService<IBus>().ConnectReceiveObserver(_observer);
        await HubHosts.Start(orchestrator);
        var bus = Bus.Factory.CreateUsingRabbitMq(broker.ConfigureAsHub);
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        using var failures = new SaveFailures();
        try
        {
            await Register(bus);
            await Phase(bus, failures, "warm-up", (int)(settings.SagaRate * settings.WarmupTime.TotalSeconds), steadyRate: true);
            var steady = await Phase(bus, failures, $"{settings.SagaRate:F0} events/s", settings.Messages, steadyRate: true);
            var max = await Phase(bus, failures, $"max ({settings.HubConcurrency} in flight)", settings.Messages, steadyRate: false);
            return (steady, max);
        }
        finally
        {
            await bus.StopAsync();
            await HubHosts.Stop(orchestrator);
            await _hosts.PurgeQueues();
        }
    }

    /// <summary>Selects everyone as a PPO, opening their cases.</summary>
    async Task Register(IBus bus)
    {
        var registering = Stopwatch.StartNew();
        await Load.Bounded(_pncIds.Length, settings.HubConcurrency,
            i => Publish(bus, new CaseMessage(i, PpoMessages.Selection(_pncIds[i]), NewId.NextGuid())));
        await HubHosts.Until(() => _observer.Finished >= _pncIds.Length, TimeSpan.FromMinutes(5), "the PPO cases to open");
        Console.WriteLine($"    opened {_pncIds.Length} PPO cases in {registering.Elapsed.TotalSeconds:F1} s " +
            $"({_pncIds.Length / registering.Elapsed.TotalSeconds:F0}/s, first selections)");
        _inCustody = new bool[_pncIds.Length];
    }

    /// <summary>The next <paramref name="count"/> messages: people in turn, each alternating reception and release, with races.</summary>
    CaseMessage[] Script(int count)
    {
        var script = new List<CaseMessage>(count);
        while (script.Count < count)
        {
            var person = _nextPerson++ % _pncIds.Length;
            var pncId = _pncIds[person];
            object message = _inCustody[person] ? PpoMessages.Release(pncId) : PpoMessages.Reception(pncId);
            _inCustody[person] = !_inCustody[person];
            script.Add(new CaseMessage(person, message, NewId.NextGuid()));
            if (settings.RaceEvery > 0 && _nextPerson % settings.RaceEvery == 0 && script.Count < count)
                script.Add(new CaseMessage(person, PpoMessages.Selection(pncId), NewId.NextGuid()));
        }
        return [.. script];
    }

    /// <summary>
    /// Publishes the next <paramref name="count"/> messages at the saga rate or as fast as allowed, and times them until all
    /// are done.
    /// </summary>
    async Task<LatencyStats> Phase(IBus bus, SaveFailures failures, string name, int count, bool steadyRate)
    {
        var script = Script(count);
        var timings = new Timings(script.Length);
        for (var i = 0; i < script.Length; i++)
            _observer.Expect(script[i].MessageId, timings, i);
        Task Send(int i)
        {
            timings.Start(i);
            return Publish(bus, script[i]);
        }
        var (cpu, failedBefore, faultedBefore) = (new CpuUse(), failures.Snapshot(), _observer.Faulted);
        var lag = TimeSpan.Zero;
        if (steadyRate) lag = await Load.AtRate(script.Length, settings.SagaRate, Send);
        else await Load.Bounded(script.Length, settings.HubConcurrency, Send);
        if (!await timings.WaitForAll(settings.DrainTimeout))
            await AwaitBacklog(name, timings, faultedBefore);
        Console.WriteLine($"    {name}: {script.Length} events, {script.Count(m => m.Message is PpoSelected)} of them racing selection " +
            $"updates; latest publish {lag.TotalMilliseconds:F0} ms behind schedule; {cpu.Describe(timings.ReceivedCount)}; " +
            $"failed saves (each retried): {failures.Since(failedBefore)}");
        return LatencyStats.From($"d  PPO case saga, {name}", timings);
    }

    /// <summary>
    /// Keeps waiting for the events of a phase the hub has fallen behind on: their latency is the figure that matters, and
    /// the next phase should start on an idle hub. Only events not done after <see cref="BacklogTimeout"/> (or faulted)
    /// count as missing.
    /// </summary>
    async Task AwaitBacklog(string name, Timings timings, int faultedBefore)
    {
        if (timings.ReceivedCount == 0)
            throw new InvalidOperationException("No case event was recognised: is the intake still on the queue SagaEventObserver watches?");
        Console.Error.WriteLine($"(d) {name}: {timings.Count - timings.ReceivedCount} of {timings.Count} case events not done " +
            $"{settings.DrainTimeout.TotalSeconds:F0} s after the last publish; waiting up to {BacklogTimeout.TotalMinutes:F0} min more");
        try
        {
            await HubHosts.Until(() => timings.ReceivedCount + _observer.Faulted - faultedBefore >= timings.Count, BacklogTimeout, "the backlog");
        }
        catch (TimeoutException)
        {
            Console.Error.WriteLine($"(d) {name}: gave up on {timings.Count - timings.ReceivedCount} case events");
        }
    }

    /// <summary>Publishes as the ingress does: the id given, and the sending agency in the sender header.</summary>
    static Task Publish(IBus bus, CaseMessage message)
    {
        var contract = MessageCatalogue.For(message.Message.GetType());
        return bus.Publish(message.Message, contract.Type, context =>
        {
            context.MessageId = message.MessageId;
            context.Headers.Set(HubHeaders.Sender, contract.Senders[0].Slug());
        });
    }
}
