using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;

namespace AgencyHub.Sagas.Deadlines;

/// <summary>
/// Each scheme's deadline settings: the <c>Deadlines</c> section, with what <c>Deadlines:Schemes:{code}</c> changes
/// laid over it, since each local protocol may set its own lead times. Every configured scheme is checked at start-up.
/// </summary>
public sealed class SchemeDeadlines
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Deadlines";

    readonly IConfiguration _configuration;
    readonly ConcurrentDictionary<string, DeadlineSettings> _schemes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads and checks the settings; invalid ones stop start-up, naming the scheme and the key.</summary>
    public SchemeDeadlines(IConfiguration configuration)
    {
        _configuration = configuration;
        var problems = Problems(null).Concat(configuration.GetSection($"{Section}:Schemes").GetChildren().SelectMany(s => Problems(s.Key))).ToList();
        if (problems.Count > 0) throw new InvalidOperationException($"Invalid deadline settings: {string.Join("; ", problems)}");
    }

    /// <summary>The settings of the scheme <paramref name="schemeCode"/>.</summary>
    public DeadlineSettings For(string schemeCode) => _schemes.GetOrAdd(schemeCode, Read);

    DeadlineSettings Read(string? schemeCode)
    {
        var settings = new DeadlineSettings();
        _configuration.GetSection(Section).Bind(settings);
        if (schemeCode is not null) _configuration.GetSection($"{Section}:Schemes:{schemeCode}").Bind(settings);
        return settings;
    }

    IEnumerable<string> Problems(string? schemeCode) =>
        Read(schemeCode).Problems().Select(problem => schemeCode is null ? $"{Section}: {problem}" : $"{Section}:Schemes:{schemeCode}: {problem}");
}
