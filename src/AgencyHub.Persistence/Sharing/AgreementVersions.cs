using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Sharing;

/// <summary>
/// The latest version number of every agreement, as an adapter's feed checks a delivery against it: read again once
/// older than <paramref name="refresh"/> (<c>Sharing:AgreementRefresh</c>, as the hub's gate), so the check costs the
/// feed no query per delivery. A delivery that waited in a queue for longer than that is always checked against a
/// change made meanwhile.
/// </summary>
public sealed class AgreementVersions(IDbContextFactory<HubDbContext> databases, TimeSpan refresh)
{
    /// <summary>The setting both this copy and the hub's gate refresh by.</summary>
    public const string RefreshSetting = "Sharing:AgreementRefresh";

    /// <summary>Its default.</summary>
    public static readonly TimeSpan DefaultRefresh = TimeSpan.FromSeconds(5);

    sealed record Snapshot(IReadOnlyDictionary<string, int> Latest, long LoadedAt);

    Snapshot? _snapshot;

    /// <summary>
    /// Whether the agreement version <paramref name="reference"/> (<c>id@version</c>) has been followed by another: a
    /// delivery decided under it was decided on terms no longer current.
    /// </summary>
    public async ValueTask<bool> Superseded(string reference, CancellationToken cancellationToken)
    {
        var at = reference.LastIndexOf('@');
        var (id, version) = (reference[..at], int.Parse(reference[(at + 1)..], CultureInfo.InvariantCulture));
        var snapshot = _snapshot;
        if (snapshot is null || Stopwatch.GetElapsedTime(snapshot.LoadedAt) >= refresh) _snapshot = snapshot = await Load(cancellationToken);
        return snapshot.Latest.TryGetValue(id, out var latest) && latest > version;
    }

    async Task<Snapshot> Load(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var latest = await db.Agreements.GroupBy(r => r.AgreementId).Select(g => new { Id = g.Key, Version = g.Max(r => r.Version) })
            .ToDictionaryAsync(v => v.Id, v => v.Version, cancellationToken);
        return new Snapshot(latest, started);
    }
}
