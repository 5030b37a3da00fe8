using System.Diagnostics;

namespace AgencyHub.IntegrationTests.Faults;

/// <summary>Restarts the RabbitMQ or PostgreSQL that ./test.sh started, keeping its port and data.</summary>
public static class TestServers
{
    public const string RestartVariable = "AGENCYHUB_TEST_RESTART";

    /// <summary>
    /// Stops and starts <paramref name="server"/> (<c>rabbitmq</c> or <c>postgres</c>), for PostgreSQL leaving it stopped
    /// for <paramref name="down"/> first; returns how long it took.
    /// </summary>
    public static async Task<TimeSpan> Restart(string server, TimeSpan down = default)
    {
        var command = Environment.GetEnvironmentVariable(RestartVariable);
        if (string.IsNullOrWhiteSpace(command))
            throw new InvalidOperationException($"{RestartVariable} is not set: run the fault tests through ./test.sh, which can restart its servers.");
        var started = Stopwatch.StartNew();
        var restart = new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", $"{command} {server} {(int)down.TotalSeconds}" }, RedirectStandardError = true };
        using var process = Process.Start(restart)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"Restarting {server} failed ({process.ExitCode}): {errors}");
        return started.Elapsed;
    }
}
