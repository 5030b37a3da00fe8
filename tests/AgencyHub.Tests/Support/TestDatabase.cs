namespace AgencyHub.Tests.Support;

/// <summary>Throwaway databases for tests.</summary>
public static class TestDatabase
{
    static readonly string Folder = Path.Combine(Path.GetTempPath(), "agencyhub-tests");

    /// <summary>A connection string to a new, empty SQLite file of its own.</summary>
    public static string NewSqliteFile()
    {
        Directory.CreateDirectory(Folder);
        return $"Data Source={Path.Combine(Folder, $"{Guid.NewGuid():N}.db")}";
    }
}
