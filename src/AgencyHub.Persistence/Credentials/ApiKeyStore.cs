using AgencyHub.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Credentials;

/// <summary>
/// The API keys of the agency systems and of the hub's staff. Making, revoking and rotating a key is recorded in the
/// agency's (or the hub's) audit chain in the same transaction; the secret itself is returned once, when the key is made
/// or rotated, and never stored.
/// </summary>
public sealed class ApiKeyStore(IDbContextFactory<HubDbContext> databases, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Makes a key for <paramref name="name"/> of <paramref name="agency"/>, valid until <paramref name="expiresAt"/>.</summary>
    public Task<IssuedKey> Create(string agency, string name, DateTimeOffset expiresAt, string operatorName, CancellationToken cancellationToken) =>
        Create(agency, name, role: null, expiresAt, operatorName, cancellationToken);

    /// <summary>A new key of the hub's staff (agency <c>hub</c>) for <paramref name="name"/>, who may do what <paramref name="role"/> allows.</summary>
    public Task<IssuedKey> CreateStaff(string name, StaffRole role, DateTimeOffset expiresAt, string operatorName, CancellationToken cancellationToken) =>
        Create(Staff, name, role.Slug(), expiresAt, operatorName, cancellationToken);

    /// <summary>The agency whose keys are the hub staff's.</summary>
    public const string Staff = "hub";

    async Task<IssuedKey> Create(string agency, string name, string? role, DateTimeOffset expiresAt, string operatorName,
        CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var issued = Issue(db, agency, name, expiresAt, replaces: null, role);
        await Record(db, issued.Record, AuditAction.KeyCreated, operatorName,
            $"key {issued.Record.Prefix}{(role is null ? "" : $" ({role})")} expiring {expiresAt:O}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return issued;
    }

    /// <summary>Every key, or <paramref name="agency"/>'s, newest first.</summary>
    public async Task<List<ApiKeyRecord>> List(string? agency, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var keys = await db.ApiKeys.AsNoTracking().Where(k => agency == null || k.Agency == agency).ToListAsync(cancellationToken);
        // Ordered here: SQLite cannot order by an instant.
        return keys.OrderByDescending(k => k.CreatedAt).ToList();
    }

    /// <summary>The key with <paramref name="prefix"/>, or null.</summary>
    public async Task<ApiKeyRecord?> Find(string prefix, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, cancellationToken);
    }

    /// <summary>Revokes the key with <paramref name="prefix"/> at once; null when there is none.</summary>
    public async Task<ApiKeyRecord?> Revoke(string prefix, string operatorName, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == prefix, cancellationToken) is not { } key) return null;
        if (key.RevokedAt is not null) return key;
        key.RevokedAt = clock.GetUtcNow();
        await Record(db, key, AuditAction.KeyRevoked, operatorName, $"key {key.Prefix}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return key;
    }

    /// <summary>
    /// Makes a new key for the holder of the key with <paramref name="prefix"/>, valid until <paramref name="expiresAt"/>,
    /// and shortens the old key's life to <paramref name="overlap"/> from now (never lengthens it), so the holder can
    /// switch over without a gap. Null when there is no such key, or it is revoked or expired.
    /// </summary>
    public async Task<IssuedKey?> Rotate(string prefix, TimeSpan overlap, DateTimeOffset expiresAt, string operatorName,
        CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (await db.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == prefix, cancellationToken) is not { } old || !old.IsActiveAt(now))
            return null;
        if (now + overlap < old.ExpiresAt) old.ExpiresAt = now + overlap;
        var issued = Issue(db, old.Agency, old.Name, expiresAt, replaces: old.KeyId, old.Role);
        await Record(db, old, AuditAction.KeyRotated, operatorName,
            $"key {old.Prefix} now expiring {old.ExpiresAt:O}, replaced by {issued.Record.Prefix} expiring {expiresAt:O}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return issued;
    }

    IssuedKey Issue(HubDbContext db, string agency, string name, DateTimeOffset expiresAt, Guid? replaces, string? role)
    {
        var (key, prefix) = ApiKeySecret.Create();
        var record = new ApiKeyRecord
        {
            KeyId = Guid.NewGuid(),
            Agency = agency,
            Name = name,
            Prefix = prefix,
            SecretHash = ApiKeySecret.Hash(key),
            CreatedAt = clock.GetUtcNow(),
            ExpiresAt = expiresAt,
            Replaces = replaces,
            Role = role,
        };
        db.ApiKeys.Add(record);
        return new IssuedKey(record, key);
    }

    Task Record(HubDbContext db, ApiKeyRecord key, AuditAction action, string operatorName, string detail, CancellationToken cancellationToken) =>
        audit.Append(db, new AuditEntry
        {
            At = clock.GetUtcNow(),
            Agency = key.Agency,
            Actor = operatorName,
            Action = action,
            Detail = $"{detail} of '{key.Name}'",
        }, cancellationToken);
}

/// <summary>A key just made: its record, and the key itself, which is shown this once.</summary>
public sealed record IssuedKey(ApiKeyRecord Record, string Key);
