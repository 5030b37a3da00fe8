using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Housekeeping;

/// <summary>
/// An adapter's record of the message ids its agency has used (the ingress refuses a reused id with another body),
/// kept as long as the inbox (<see cref="Database.PersistenceOptions.InboxRetention"/>): a repeat after that is taken as new.
/// </summary>
public sealed class IngressIdCleanup(IDbContextFactory<HubDbContext> databases, Database.PersistenceOptions options, TimeProvider clock) : IHousekeepingStep
{
    /// <inheritdoc />
    public string Kind => "ingress ids";

    /// <inheritdoc />
    public async Task<int> Run(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.InboxRetention;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.IngressIds.Where(i => i.AcceptedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
