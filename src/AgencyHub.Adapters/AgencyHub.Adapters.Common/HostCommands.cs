using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Adapters.Common;

/// <summary>
/// What a host serving agencies or the hub's staff does with its arguments: <c>keys …</c> manages their API keys
/// (<see cref="KeysCommand"/>);
/// the database's commands (<c>migrate</c>, <c>audit verify</c>) and anything else go to
/// <see cref="DatabaseCommands"/>.
/// </summary>
public static class HostCommands
{
    /// <summary>Runs the command in <paramref name="args"/>, or the host; returns the process's exit code.</summary>
    public static async Task<int> RunCommandOrHost(this WebApplication app, string[] args)
    {
        if (args is not ["keys", .. var keys]) return await app.RunDatabaseCommandOrHost(args);
        await DatabaseCommands.MigrateAsAtStart(app.Services);
        IReadOnlyList<Agency> agencies = app.Services.GetService<HostedAgencies>()?.Agencies ?? [];
        if (app.Services.GetService<StaffAccess>() is not null) agencies = [.. agencies, Agency.Hub];
        var command = ActivatorUtilities.CreateInstance<KeysCommand>(app.Services, agencies, Console.Out);
        return await command.Run(keys, CancellationToken.None);
    }
}

/// <summary>The agencies whose adapters a host serves: one in an adapter host, all seven in the all-in-one host.</summary>
public sealed record HostedAgencies(IReadOnlyList<Agency> Agencies);
