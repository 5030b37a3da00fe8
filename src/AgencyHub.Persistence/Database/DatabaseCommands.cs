using AgencyHub.Persistence.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgencyHub.Persistence.Database;

/// <summary>
/// The database's commands of every host: <c>&lt;host&gt; migrate</c> applies pending schema migrations and exits, for
/// deployments that run the schema step on its own (a Kubernetes Job, a release script) with
/// <c>Persistence:MigrateOnStart=false</c> on the hosts; <c>&lt;host&gt; audit verify</c> checks the audit trail
/// (<see cref="AuditCommand"/>). Anything else runs the host.
/// </summary>
public static class DatabaseCommands
{
    /// <summary>Runs the command in <paramref name="args"/>, or <paramref name="host"/>; returns the process's exit code.</summary>
    public static async Task<int> RunDatabaseCommandOrHost(this IHost host, string[] args)
    {
        switch (args)
        {
            case ["migrate", ..]:
                await host.Services.GetRequiredService<SchemaMigration>().Apply(CancellationToken.None);
                return 0;
            case ["audit", .. var audit]:
                await MigrateAsAtStart(host.Services);
                return await ActivatorUtilities.CreateInstance<AuditCommand>(host.Services, Console.Out).Run(audit, CancellationToken.None);
            default:
                await host.RunAsync();
                return 0;
        }
    }

    /// <summary>
    /// For a command that works on the hub's tables: brings the schema up to date first, as the host itself would at
    /// start (unless <c>Persistence:MigrateOnStart</c> is off).
    /// </summary>
    public static async Task MigrateAsAtStart(IServiceProvider services)
    {
        if (services.GetRequiredService<PersistenceOptions>().MigrateOnStart)
            await services.GetRequiredService<SchemaMigration>().Apply(CancellationToken.None);
    }
}
