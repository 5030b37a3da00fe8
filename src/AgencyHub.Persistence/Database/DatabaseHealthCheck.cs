using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AgencyHub.Persistence.Database;

/// <summary>Healthy while the hub's database answers: every host needs it for its work.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<HubDbContext> databases) : IHealthCheck
{
    /// <summary>The check's name.</summary>
    public const string Name = "database";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("the hub's database does not answer");
    }
}
