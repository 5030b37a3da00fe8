using System.Data;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Audit;

/// <summary>
/// Checks every chain of the audit trail from its first entry to its head, recomputing each hash, and names the first
/// entry of each chain that was edited, deleted, inserted or moved. Reading the entries needs the owner's role: the
/// hosts' roles may only add to them. The heads and the entries are read from one snapshot: on a running hub, an
/// entry committed between the two reads would otherwise look inserted after its chain's head.
/// </summary>
public static class AuditVerification
{
    /// <summary>What is wrong with each chain (nothing for an intact trail), and how many entries were checked.</summary>
    public static async Task<AuditReport> Check(HubDbContext db, CancellationToken cancellationToken)
    {
        await using var snapshot = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken)
            : null;
        var heads = await db.AuditHeads.AsNoTracking().ToDictionaryAsync(h => $"{h.Agency}/{h.Chain}", cancellationToken);
        var findings = new List<AuditFinding>();
        var checkedEntries = 0L;
        string? chain = null;
        var (expected, running, broken) = (1L, AuditHash.Start, false);
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Agency).ThenBy(e => e.Chain).ThenBy(e => e.Position)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if ($"{entry.Agency}/{entry.Chain}" != chain)
            {
                if (chain is not null && !broken) CheckEnd(chain, expected - 1, running, heads, findings);
                heads.Remove(chain ?? "");
                (chain, expected, running, broken) = ($"{entry.Agency}/{entry.Chain}", 1L, AuditHash.Start, false);
            }
            if (broken) continue;
            checkedEntries++;
            if (Problem(entry, expected, running) is { } problem)
            {
                findings.Add(new AuditFinding(chain, Math.Min(expected, entry.Position), problem));
                broken = true;
                continue;
            }
            (expected, running) = (expected + 1, entry.Hash);
        }
        if (chain is not null && !broken) CheckEnd(chain, expected - 1, running, heads, findings);
        heads.Remove(chain ?? "");
        // A head whose chain has no entries left.
        findings.AddRange(heads.Where(h => h.Value.Position > 0)
            .Select(h => new AuditFinding(h.Key, 1, $"deleted: entries 1 to {h.Value.Position} are missing")));
        return new AuditReport(checkedEntries, findings);
    }

    static string? Problem(AuditEntry entry, long expected, byte[] previous)
    {
        if (entry.Position > expected) return $"deleted: entry {expected} is missing (the next is {entry.Position})";
        if (!AuditHash.Of(entry).AsSpan().SequenceEqual(entry.Hash)) return "edited or moved: its content does not match its hash";
        if (!entry.PreviousHash.AsSpan().SequenceEqual(previous)) return $"inserted or moved: it does not follow entry {expected - 1}";
        return null;
    }

    static void CheckEnd(string chain, long last, byte[] hash, Dictionary<string, AuditHead> heads, List<AuditFinding> findings)
    {
        if (!heads.TryGetValue(chain, out var head))
            findings.Add(new AuditFinding(chain, 1, "the chain has no head: it was not written by the hub"));
        else if (head.Position > last)
            findings.Add(new AuditFinding(chain, last + 1, $"deleted: entries {last + 1} to {head.Position} at the end are missing"));
        else if (head.Position < last)
            findings.Add(new AuditFinding(chain, head.Position + 1, $"inserted: entries after {head.Position}, the chain's head"));
        else if (!head.Hash.AsSpan().SequenceEqual(hash))
            findings.Add(new AuditFinding(chain, last, "edited: the last entry does not match the chain's head"));
    }
}

/// <summary>The result of <see cref="AuditVerification.Check"/>.</summary>
/// <param name="Entries">How many entries were checked (up to the first problem of each chain).</param>
/// <param name="Findings">The first problem of each chain that has one.</param>
public sealed record AuditReport(long Entries, IReadOnlyList<AuditFinding> Findings);

/// <summary>The first entry of a chain that is not as the hub wrote it.</summary>
/// <param name="Chain">The chain: the party (an agency, or <c>hub</c>) and which of its chains, e.g. <c>police/3</c>.</param>
/// <param name="Position">The position of the first bad entry.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record AuditFinding(string Chain, long Position, string Problem);
