using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgencyHub.Sagas.Selection.Matrix;

/// <summary>
/// The configured selection matrices (PPO Strategy Initial Guidance 2004, Annex C): a default and, per scheme code,
/// each CDRP's own weights (Annex C §12), read from one versioned file and checked as a whole when it is loaded.
/// </summary>
public sealed class SelectionMatrix
{
    static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web)
    {
        // A misspelt table or field would otherwise be ignored and the default silently used.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };

    readonly Dictionary<string, MatrixTables> _schemes;

    SelectionMatrix(string version, MatrixTables defaults, Dictionary<string, MatrixTables> schemes)
    {
        Version = version;
        Default = defaults;
        _schemes = schemes;
    }

    /// <summary>The file's version, quoted on every score.</summary>
    public string Version { get; }

    /// <summary>The matrix of schemes without their own weights.</summary>
    public MatrixTables Default { get; }

    /// <summary>The matrix of the scheme with code <paramref name="schemeCode"/> (any case): its own, or the default.</summary>
    public MatrixTables For(string schemeCode) => _schemes.GetValueOrDefault(schemeCode) ?? Default;

    /// <summary>Reads a matrix file; throws naming the file, the setting and every problem when it is missing or invalid.</summary>
    public static SelectionMatrix Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The selection matrix file '{path}' does not exist (setting {SelectionMatrixOptions.Section}:Path)", path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads a matrix from JSON text; <paramref name="origin"/> names it in errors.</summary>
    public static SelectionMatrix Parse(string json, string origin)
    {
        SelectionMatrixFile file;
        try
        {
            file = JsonSerializer.Deserialize<SelectionMatrixFile>(json, FileJson)
                   ?? throw new InvalidOperationException($"The selection matrix file '{origin}' is empty");
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"The selection matrix file '{origin}' is not valid JSON of the expected shape: {exception.Message}", exception);
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(file.Version)) problems.Add("version: is required");
        if (file.Default is null) problems.Add("default: is required");
        var defaults = file.Default is null ? null : MatrixTables.From(file.Default, "default", problems);
        var schemes = new Dictionary<string, MatrixTables>(StringComparer.OrdinalIgnoreCase);
        // A broken default would be reported again under every scheme: check the schemes only once it is sound.
        if (problems.Count == 0)
            foreach (var (code, tables) in file.Schemes)
                if (string.IsNullOrWhiteSpace(code) || !schemes.TryAdd(code, MatrixTables.From(tables.Over(file.Default!), $"schemes.{code}", problems)))
                    problems.Add($"schemes.{code}: a scheme code must not be blank or be given twice");
        if (problems.Count > 0)
            throw new InvalidOperationException($"The selection matrix file '{origin}' is invalid: {string.Join("; ", problems)}");
        return new SelectionMatrix(file.Version!, defaults!, schemes);
    }
}
