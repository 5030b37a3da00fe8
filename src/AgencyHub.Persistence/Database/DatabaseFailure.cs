using System.Data.Common;

namespace AgencyHub.Persistence.Database;

/// <summary>Tells a database that is down or restarting from a bug: the first is worth retrying later.</summary>
public static class DatabaseFailure
{
    /// <summary>True when <paramref name="exception"/>, or one it wraps, came from the database connection or server.</summary>
    public static bool Is(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is DbException) return true;
        return false;
    }
}
