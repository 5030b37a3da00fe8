namespace AgencyHub.Tests.Support;

/// <summary>Finds files of the repository the tests were built from.</summary>
public static class RepositoryFiles
{
    /// <summary>The repository root: the nearest directory above the test binaries holding AgencyHub.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AgencyHub.sln")))
                return dir.FullName;
        throw new InvalidOperationException("AgencyHub.sln not found above " + AppContext.BaseDirectory);
    }
}
