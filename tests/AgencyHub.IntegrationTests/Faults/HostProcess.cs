using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AgencyHub.IntegrationTests.Faults;

/// <summary>
/// One hub host (the orchestrator or an adapter) run as its own process from its build output, so a test can kill it
/// with SIGKILL mid-work and start it again on the same port. Its output goes to a log file kept for diagnosis.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    // A host starting on a loaded 2-core machine competes with the others for the CPU its JIT needs: far slower
    // than an in-process start.
    static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(2);

    readonly string _assembly;
    readonly IReadOnlyDictionary<string, string?> _settings;
    Process? _process;
    StreamWriter? _log;
    int _starts;

    HostProcess(string name, string assembly, IReadOnlyDictionary<string, string?> settings, string logFolder)
    {
        Name = name;
        _assembly = assembly;
        _settings = settings;
        LogFile = Path.Combine(logFolder, $"{name}.log");
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
    }

    /// <summary>What the host is called in the test's messages.</summary>
    public string Name { get; }

    /// <summary>Where the host listens; the same after a restart.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Every run's output, one after the other.</summary>
    public string LogFile { get; }

    /// <summary>
    /// Starts <paramref name="project"/> (e.g. <c>AgencyHub.Orchestrator</c>, or <c>AgencyHub.Adapters.Prison</c>
    /// under <c>src/AgencyHub.Adapters</c>), configured by <paramref name="settings"/>, and waits until it is ready.
    /// </summary>
    public static async Task<HostProcess> Start(string name, string project, IReadOnlyDictionary<string, string?> settings, string logFolder)
    {
        var host = new HostProcess(name, BuildOutput(project), settings, logFolder);
        await host.Start();
        return host;
    }

    /// <summary>Starts the host again (after <see cref="Kill"/>) and waits until it is ready.</summary>
    public async Task Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { _assembly, "--urls", BaseAddress.ToString().TrimEnd('/') },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(_assembly)!,
        };
        foreach (var (key, value) in _settings) start.Environment[key.Replace(":", "__")] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Name}");
        var log = _log = new StreamWriter(LogFile, append: true) { AutoFlush = true };
        log.WriteLine($"==== start {++_starts} (pid {process.Id}) at {DateTime.UtcNow:O}");
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilReady();
    }

    /// <summary>
    /// Makes an API key for <paramref name="agency"/> with the host's own <c>keys create</c> command, as an operator
    /// would, and returns the key it prints.
    /// </summary>
    public async Task<string> CreateKey(string agency)
    {
        var command = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { _assembly, "keys", "create", "--agency", agency, "--name", $"{agency} system (fault test)" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(_assembly)!,
        };
        foreach (var (key, value) in _settings) command.Environment[key.Replace(":", "__")] = value;
        using var process = Process.Start(command) ?? throw new InvalidOperationException($"Could not run {Name}'s keys command");
        var (output, errors) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{Name}'s keys command exited with {process.ExitCode}: {await errors}");
        return (await output).TrimEnd().Split('\n')[^1];
    }

    /// <summary>SIGKILL: no shutdown, no acknowledgements, no flushing; whatever was in flight is cut off.</summary>
    public async Task Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        if (_log is not null)
            lock (_log) _log.Dispose();
    }

    async Task WaitUntilReady()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Support.Readiness.WaitUntilReady(http, $"{Name} (log: {LogFile})", StartupTimeout, () =>
        {
            if (_process!.HasExited) throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} while starting; see {LogFile}");
        });
    }

    static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log)
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The last lines of a killed process, after its log was closed.
            }
    }

    // The host's own build output, in the same configuration as this test assembly (the project references build it).
    static string BuildOutput(string project)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (testOutput.Name, testOutput.Parent!.Name);
        var root = testOutput.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var folder = project.StartsWith("AgencyHub.Adapters.") ? Path.Combine(root, "src", "AgencyHub.Adapters", project) : Path.Combine(root, "src", project);
        var assembly = Path.Combine(folder, "bin", configuration, framework, $"{project}.dll");
        return File.Exists(assembly)
            ? assembly
            : throw new FileNotFoundException($"{assembly} is missing: build this test project, which builds the hosts it runs", assembly);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync() => await Kill();
}
