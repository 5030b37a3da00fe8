using System.Diagnostics;
using AgencyHub.Messaging.Sharing;
using AgencyHub.Persistence.Sharing;

namespace AgencyHub.Sagas.Sharing;

/// <summary>
/// The gate's copy of the agreements, read again from the database once it is older than
/// <see cref="SharingOptions.AgreementRefresh"/> (real time, not the hub's clock: it measures staleness, not law) and at
/// once after a change made in this process. One reader reloads while the others keep using the copy they have, unless
/// it is from before such a change: then they wait for the new one.
/// </summary>
public sealed class AgreementCache(AgreementStore store, SharingOptions options)
{
    readonly SemaphoreSlim _loading = new(1, 1);
    AgreementBook? _book;
    long _loadedAt;
    long _changedAt;

    /// <summary>The agreements as of at most <see cref="SharingOptions.AgreementRefresh"/> ago.</summary>
    public async ValueTask<AgreementBook> Book(CancellationToken cancellationToken)
    {
        var current = _book;
        if (current is not null && IsFresh) return current;
        // A copy that is merely old may serve while another reader reloads; one from before a change made here may not.
        if (current is null || Volatile.Read(ref _loadedAt) <= Volatile.Read(ref _changedAt)) await _loading.WaitAsync(cancellationToken);
        else if (!await _loading.WaitAsync(0, cancellationToken)) return current;
        try
        {
            if (_book is { } loaded && IsFresh) return loaded;
            var started = Stopwatch.GetTimestamp();
            _book = await store.Book(cancellationToken);
            Volatile.Write(ref _loadedAt, started);
            return _book;
        }
        finally
        {
            _loading.Release();
        }
    }

    // A load that began before the last change here may have missed it: not fresh.
    bool IsFresh => Volatile.Read(ref _loadedAt) is var loadedAt && loadedAt > Volatile.Read(ref _changedAt)
        && Stopwatch.GetElapsedTime(loadedAt) < options.AgreementRefresh;

    /// <summary>Makes the next <see cref="Book"/> read the database: an agreement was changed in this process.</summary>
    public void Invalidate() => Volatile.Write(ref _changedAt, Stopwatch.GetTimestamp());
}
