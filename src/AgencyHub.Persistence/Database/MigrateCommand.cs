using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgencyHub.Persistence.Database;

/// <summary>
/// <c>&lt;host&gt; migrate</c>: applies pending schema migrations and exits, for deployments that run the schema
/// step on its own (a Kubernetes Job, a release script) with <c>Persistence:MigrateOnStart=false</c> on the hosts.
/// </summary>
public static class MigrateCommand
{
    /// <summary>Runs <paramref name="host"/>, or only its migrations when the first argument is <c>migrate</c>.</summary>
    public static async Task RunOrMigrate(this IHost host, string[] args)
    {
        if (args is ["migrate", ..])
            await host.Services.GetRequiredService<SchemaMigration>().Apply(CancellationToken.None);
        else
            await host.RunAsync();
    }
}
