using AgencyHub.Adapters.Common;
using AgencyHub.Persistence.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Admin;

/// <summary>Runs the staff's commands on the hosts that serve them.</summary>
public static class StaffCommands
{
    /// <summary>Runs <c>failed …</c>, or any other host command (<see cref="HostCommands"/>), or the host.</summary>
    public static async Task<int> RunStaffCommandOrHost(this WebApplication app, string[] args)
    {
        if (args is not ["failed", .. var rest]) return await app.RunCommandOrHost(args);
        await DatabaseCommands.MigrateAsAtStart(app.Services);
        var command = ActivatorUtilities.CreateInstance<FailedCommand>(app.Services, Console.Out);
        return await command.Run(rest, CancellationToken.None);
    }
}
