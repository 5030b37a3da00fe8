using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace AgencyHub.Bench;

/// <summary>
/// Counts the database saves that failed in this process, from EF Core's diagnostic events (so the hub needs no
/// hook). Each fails one attempt at a message, which MassTransit retries after <c>Bus:RetryMinDelay</c>. Two events
/// racing for one PPO case mostly fail as a duplicate key of the case's timeline (EF Core sends the timeline insert
/// before the versioned update of the case, and the loser waits on the winner's entry), else as a conflict on the
/// case's version; a conflict on a person is the case intake's.
/// </summary>
public sealed class SaveFailures : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    static readonly string Conflict = CoreEventId.OptimisticConcurrencyException.Name!;
    static readonly string Failed = CoreEventId.SaveChangesFailed.Name!;

    readonly ConcurrentDictionary<string, int> _counts = new();
    readonly List<IDisposable> _subscriptions = [];

    public SaveFailures() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>The counts so far, e.g. <c>conflict PpoCase</c> or <c>failed ppo_case_timeline 23505</c> → 3.</summary>
    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_counts);

    /// <summary>What failed since <paramref name="before"/>, e.g. "conflict PpoCase 3, failed ppo_case_timeline 23505 1", or "none".</summary>
    public string Since(IReadOnlyDictionary<string, int> before)
    {
        var counts = Snapshot()
            .Select(c => (c.Key, Count: c.Value - before.GetValueOrDefault(c.Key)))
            .Where(c => c.Count > 0)
            .OrderBy(c => c.Key)
            .ToList();
        return counts.Count == 0 ? "none" : string.Join(", ", counts.Select(c => $"{c.Key} {c.Count}"));
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name != DbLoggerCategory.Name) return;
        lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this, name => name == Conflict || name == Failed));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> e)
    {
        // A listener passes every event it writes to every subscriber, whatever each asked for.
        var what = e.Value switch
        {
            ConcurrencyExceptionEventData conflict when e.Key == Conflict =>
                $"conflict {(conflict.Entries.Count > 0 ? conflict.Entries[0].Metadata.ClrType.Name : "?")}",
            DbContextErrorEventData failed when e.Key == Failed => $"failed {Describe(failed.Exception)}",
            _ => null,
        };
        if (what is not null) _counts.AddOrUpdate(what, 1, (_, count) => count + 1);
    }

    // The table and SQLSTATE when PostgreSQL refused the save (23505: a duplicate key), else the exception.
    static string Describe(Exception exception) => exception.InnerException is PostgresException { TableName: { } table } refused
        ? $"{table} {refused.SqlState}"
        : exception.GetType().Name;

    void IObserver<DiagnosticListener>.OnCompleted() { }

    void IObserver<DiagnosticListener>.OnError(Exception error) { }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions) _subscriptions.ForEach(subscription => subscription.Dispose());
    }
}
