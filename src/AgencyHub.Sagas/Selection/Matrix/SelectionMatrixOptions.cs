using Microsoft.Extensions.Configuration;

namespace AgencyHub.Sagas.Selection.Matrix;

/// <summary>Configuration section <c>SelectionMatrix</c>.</summary>
public sealed class SelectionMatrixOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "SelectionMatrix";

    /// <summary>The matrix file; relative paths are resolved against the application's directory.</summary>
    public string Path { get; set; } = "selection-matrix.json";

    /// <summary>The full path of the file <paramref name="configuration"/> names.</summary>
    public static string FilePath(IConfiguration configuration)
    {
        var path = (configuration.GetSection(Section).Get<SelectionMatrixOptions>() ?? new SelectionMatrixOptions()).Path;
        return System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(AppContext.BaseDirectory, path);
    }
}
