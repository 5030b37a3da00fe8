namespace AgencyHub.Tests.Support;

/// <summary>Finds files of the repository the tests were built from.</summary>
public static class RepositoryFiles
{
    /// <summary>The repository root: the nearest directory above the test binaries holding AgencyHub.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The environment variable that makes <see cref="AssertGenerated"/> write the files instead of failing.</summary>
    public const string RegenerateVariable = "AGENCYHUB_WRITE_CATALOGUE";

    /// <summary>
    /// Asserts that the committed file <paramref name="relativePath"/> is what the code generates now; with
    /// <see cref="RegenerateVariable"/>=1 it writes it first. <paramref name="test"/> names the test, for the message.
    /// </summary>
    public static void AssertGenerated(string relativePath, string generated, string test)
    {
        var path = PathOf(relativePath.Split('/'));
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }
        Assert.True(File.Exists(path) && File.ReadAllText(path) == generated,
            $"{relativePath} is stale: regenerate it with `{RegenerateVariable}=1 dotnet test tests/AgencyHub.Tests --filter {test}` and commit it.");
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AgencyHub.sln")))
                return dir.FullName;
        throw new InvalidOperationException("AgencyHub.sln not found above " + AppContext.BaseDirectory);
    }
}
