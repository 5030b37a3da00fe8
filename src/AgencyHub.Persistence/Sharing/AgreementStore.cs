using AgencyHub.Contracts.Catalogue;
using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Sharing;
using AgencyHub.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Sharing;

/// <summary>
/// The agreements in the database: every version kept, the latest of each agreement the one in force. A change adds
/// the next version and its audit entry (an alteration, on the hub's chain) in one transaction; two changes racing for
/// one version cannot both land (the version is part of the key).
/// </summary>
public sealed class AgreementStore(IDbContextFactory<HubDbContext> databases, AuditTrail audit)
{
    /// <summary>The current version of every agreement.</summary>
    public async Task<AgreementBook> Book(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var records = await db.Agreements.AsNoTracking().ToListAsync(cancellationToken);
        return new AgreementBook(records.GroupBy(r => r.AgreementId).Select(g => ToAgreement(g.MaxBy(r => r.Version)!)).ToList());
    }

    /// <summary>Every version of agreement <paramref name="id"/>, oldest first; empty when there is no such agreement.</summary>
    public async Task<IReadOnlyList<Agreement>> History(string id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var records = await db.Agreements.AsNoTracking().Where(r => r.AgreementId == id).ToListAsync(cancellationToken);
        return records.OrderBy(r => r.Version).Select(ToAgreement).ToList();
    }

    /// <summary>
    /// Stores <paramref name="version"/>, made by <paramref name="change"/>, with its audit entry. False when another
    /// change stored that version first.
    /// </summary>
    public async Task<bool> Save(Agreement version, AgreementChange change, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await Stored(db, version, cancellationToken)) return false;
        await Add(db, version, change, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same version, stored by a change that committed after the check above; anything else is a failure.
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(cancellationToken);
            if (await Stored(db, version, cancellationToken)) return false;
            throw;
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Adds <paramref name="version"/>, made by <paramref name="change"/>, and its audit entry to <paramref name="db"/>'s
    /// open transaction; the caller saves and commits (the version's key refuses a second writer of the same version).
    /// </summary>
    public async Task Add(HubDbContext db, Agreement version, AgreementChange change, CancellationToken cancellationToken)
    {
        db.Agreements.Add(new AgreementRecord
        {
            AgreementId = version.Id,
            Version = version.Version,
            Status = version.Status.ToString().ToLowerInvariant(),
            StatusReason = version.StatusReason,
            Change = change.ToString().ToLowerInvariant(),
            Terms = JsonSerializer.Serialize(version.Terms, ContractJson.Options),
            ChangedAt = version.ChangedAt,
            ChangedBy = version.ChangedBy,
        });
        await audit.Append(db, new AuditEntry
        {
            At = version.ChangedAt, Agency = Agency.Hub.Slug(), Actor = version.ChangedBy, Action = AuditAction.AgreementChanged,
            Agreement = version.Reference, Justification = version.StatusReason,
            Detail = $"{change.ToString().ToLowerInvariant()}; now {version.Status.ToString().ToLowerInvariant()}",
        }, cancellationToken);
    }

    /// <summary>The current version of agreement <paramref name="id"/>, or null when there is no such agreement.</summary>
    public async Task<Agreement?> Current(string id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Current(db, id, cancellationToken);
    }

    /// <summary>The current version of agreement <paramref name="id"/> in <paramref name="db"/>'s transaction, or null.</summary>
    public static async Task<Agreement?> Current(HubDbContext db, string id, CancellationToken cancellationToken) =>
        await db.Agreements.AsNoTracking().Where(r => r.AgreementId == id).OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken)
            is { } record ? ToAgreement(record) : null;

    static Task<bool> Stored(HubDbContext db, Agreement version, CancellationToken cancellationToken) =>
        db.Agreements.AnyAsync(r => r.AgreementId == version.Id && r.Version == version.Version, cancellationToken);

    static Agreement ToAgreement(AgreementRecord record) => new(record.AgreementId, record.Version,
        Enum.Parse<AgreementStatus>(record.Status, ignoreCase: true), record.StatusReason,
        JsonSerializer.Deserialize<AgreementTerms>(record.Terms, ContractJson.Options)!, record.ChangedAt, record.ChangedBy);
}
